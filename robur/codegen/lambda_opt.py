"""Lambda-level optimisations run by the backend before closure conversion
(so that ``robur check --dump=lambda`` and the lambda tests still show the
translation itself).

``eliminate_refs`` (OCaml's ``simplif.ml`` ``eliminate_ref``): a local
reference ``let r = ref e`` (``makeblock[(0, True)] e``) that is only ever
read with ``field[0] r``, written with ``setfield[0] r v`` or bumped with
``offsetref r``, and that no function inside its scope mentions, becomes a
mutable variable: ``let! r = e`` with ``assign r v``.  No block is
allocated, no write barrier is run, and the variable can live in a
register (an unboxed float in an xmm register when every value stored is a
float computation, see cmmgen).
"""
from __future__ import annotations

import dataclasses

from ..lambda_ import ir as L
from ..lambda_.simplify import children, map_children


def _is_ref_block(v: L.Lam) -> bool:
    return (isinstance(v, L.Prim) and v.op == "makeblock" and len(v.args) == 1
            and isinstance(v.arg, tuple) and v.arg[0] == 0 and v.arg[1])


def eliminate_refs(t: L.Lam) -> L.Lam:
    cands: dict[L.Var, int] = {}        # ref variable -> function nesting id of its binding
    bad: set[L.Var] = set()
    fn_ids = iter(range(1, 1 << 62))

    # 1. which refs are only used through field 0 / setfield 0 / offsetref, in
    #    the function that binds them
    def scan(x: L.Lam, fn: int) -> None:
        # by exact class: the translator makes no subclasses of these
        while True:
            k = x.__class__
            if k is L.Local:
                if x.var in cands:
                    bad.add(x.var)
                return
            if k is L.Const or k is L.Global:
                return
            if k is L.Let:
                if not x.mutable and _is_ref_block(x.value):
                    cands[x.var] = fn
                scan(x.value, fn)
                x = x.body
                continue
            if k is L.Seq:
                scan(x.first, fn)
                x = x.second
                continue
            if k is L.Function:
                fn = next(fn_ids)
                x = x.body
                continue
            if k is L.Prim:
                args = x.args
                if args and args[0].__class__ is L.Local and args[0].var in cands \
                        and ((x.op in ("field", "setfield") and x.arg == 0) or x.op == "offsetref"):
                    if cands[args[0].var] != fn:
                        bad.add(args[0].var)
                    args = args[1:]
                for a in args:
                    scan(a, fn)
                return
            if k is L.Apply:
                scan(x.fn, fn)
                for a in x.args:
                    scan(a, fn)
                return
            if k is L.Assign and x.var in cands:   # (cannot happen: refs are immutable lets)
                bad.add(x.var)
            for c in children(x):
                scan(c, fn)
            return

    scan(t, 0)
    good = set(cands) - bad
    if not good:
        return t
    # the nodes that contain a good ref's let or a use of one: only those
    # change, every other subterm stays as it is (rw would copy nothing)
    changed: set[L.Lam] = set()

    def mark(x: L.Lam) -> bool:
        """Does x contain a good ref's let or use?  (Then x goes in changed.)"""
        k = x.__class__
        if k in _LEAVES:
            return False
        # (every child is visited: all the nodes that change are wanted)
        if k is L.Let:
            found = mark(x.value) | mark(x.body) | (x.var in good)
        elif k is L.Prim:
            args = x.args
            found = bool(args) and args[0].__class__ is L.Local and args[0].var in good
            for a in args:
                found = mark(a) | found
        elif k is L.Seq:
            found = mark(x.first) | mark(x.second)
        elif k is L.Apply:
            found = mark(x.fn)
            for a in x.args:
                found = mark(a) | found
        else:
            found = False
            for c in children(x):
                found = mark(c) | found
        if found:
            changed.add(x)
        return found

    mark(t)

    # 2. rewrite (a copy: the caller's term is left as it was)
    def rw(x: L.Lam) -> L.Lam:
        if x not in changed:
            return x
        k = x.__class__
        if k is L.Let and x.var in good and _is_ref_block(x.value):
            return L.Let(x.var, rw(x.value.args[0]), rw(x.body), True, loc=x.loc)
        if k is L.Prim and x.args and x.args[0].__class__ is L.Local and x.args[0].var in good:
            v = x.args[0].var
            if x.op == "field":
                return L.Local(v, loc=x.loc)
            if x.op == "setfield":
                return L.Assign(v, rw(x.args[1]), loc=x.loc)
            if x.op == "offsetref":
                return L.Assign(v, L.Prim("offsetint", [L.Local(v, loc=x.loc)], x.arg, loc=x.loc), loc=x.loc)
        return _rebuild(x, rw)

    return rw(t)


def _rebuild(x: L.Lam, f) -> L.Lam:
    """x with f applied to its children; x itself when no child changes."""
    kids = children(x)
    if not kids:
        return x
    new = [f(c) for c in kids]
    for a, b in zip(kids, new):
        if a is not b:
            break
    else:
        return x
    it = iter(new)
    return map_children(_copy(x), lambda _: next(it))


_LEAVES = frozenset((L.Local, L.Const, L.Global))   # no children: nothing to rewrite
_FIELDS: dict[type, tuple[str, ...]] = {}


def _copy(x: L.Lam) -> L.Lam:
    """A shallow copy of a term (copy.copy's result, without its generic
    __reduce_ex__ protocol, slow on slotted classes)."""
    cls = x.__class__
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    new = object.__new__(cls)
    for n in names:
        setattr(new, n, getattr(x, n))
    return new


def optimize(t: L.Lam) -> L.Lam:
    return eliminate_refs(t)
