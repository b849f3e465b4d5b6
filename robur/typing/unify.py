"""Unification, levels, instantiation and generalisation (OCaml's ctype.ml).

Failures are raised as ``Unify`` carrying a trace of (got, expected) pairs,
outermost first, and optionally an occurs-check witness; no text is built
here (printtyp/errors do that).
"""
from __future__ import annotations

from .env import LookupError_, find_type
from .types import (ARROW, CONSTR, GENERIC, LINK, TUPLE, UNIVAR, VAR, Ident, Path, Type, TypeDecl,
                    repr_)


class Unify(Exception):
    def __init__(self, trace: list[tuple[Type, Type]], occurs: tuple[Type, Type] | None = None):
        super().__init__()
        self.trace = trace
        self.occurs = occurs         # (variable, type it occurs in)


class _Occurs(Exception):
    pass


# -- levels ------------------------------------------------------------------

class Levels:
    """The current binding level (one counter per type-checking session)."""
    __slots__ = ("current",)

    def __init__(self) -> None:
        self.current = 1

    def enter(self) -> None:
        self.current += 1

    def leave(self) -> None:
        self.current -= 1


LEVELS = Levels()

from . import predef as _predef   # noqa: E402 - predef's helpers build at the current level
from . import types as _types      # noqa: E402 - its id counter (stdlib_env may replace it)

# _copy builds most Type nodes in place: object.__new__, then the slots, as
# Type.__init__ does (cheaper than calling the class)
_new = object.__new__
assert Type.__slots__ == ("kind", "level", "link", "path", "args", "name", "id")
_predef.current_level = lambda: LEVELS.current


def newvar(name: str | None = None) -> Type:
    return Type(VAR, LEVELS.current, None, None, name)     # (positional: a faster call)


def newty(kind: int, args: list[Type], path: Path | None = None) -> Type:
    return Type(kind, LEVELS.current, args, path)


# -- expansion of abbreviations -------------------------------------------------

def apply_params(params: list[Type], body: Type, args: list[Type]) -> Type:
    """``body`` with the (generic) ``params`` replaced by ``args``."""
    memo: dict[int, Type] = {}
    for p, a in zip(params, args):
        memo[repr_(p).id] = a
    return _copy(body, memo, LEVELS.current)


def _copy(t: Type, memo: dict[int, Type], level: int) -> Type:
    # Only variables need their sharing kept (there are no cyclic types);
    # structure nodes are copied so that unifying an instance never links
    # a node of the scheme.
    while t.kind == LINK:
        t = t.link  # type: ignore[assignment]
    if t.level != GENERIC:
        return t
    k = t.kind
    if k == VAR or k == UNIVAR:
        n = memo.get(t.id)
        if n is None:
            n = memo[t.id] = Type(k, level)   # instances do not keep the scheme's names
        return n
    # The arguments, in order; a variable or a node without arguments is
    # copied here rather than by a call.
    args = []
    for a in t.args:
        while a.kind == LINK:
            a = a.link  # type: ignore[assignment]
        if a.level != GENERIC:
            args.append(a)
            continue
        ak = a.kind
        if ak == VAR or ak == UNIVAR:
            n = memo.get(a.id)
            if n is None:
                n = memo[a.id] = Type(ak, level)
            args.append(n)
        elif a.args:
            args.append(_copy(a, memo, level))
        else:
            n = _new(Type)              # Type(ak, level, [], a.path), in place
            n.kind = ak
            n.level = level
            n.link = None
            n.path = a.path
            n.args = []
            n.name = None
            n.id = next(_types._ids)
            args.append(n)
    n = _new(Type)                      # Type(k, level, args, t.path), in place
    n.kind = k
    n.level = level
    n.link = None
    n.path = t.path
    n.args = args
    n.name = None
    n.id = next(_types._ids)
    return n


def decl_of(path: Path) -> TypeDecl | None:
    try:
        return find_type(path)
    except LookupError_:
        return None


def expand_once(t: Type) -> Type | None:
    """One step of abbreviation expansion of a constructor type, or None."""
    d = decl_of(t.path)
    if d is None or d.manifest is None or len(d.params) != len(t.args):
        return None
    return apply_params(d.params, d.manifest, t.args)


def expand_head(t: Type) -> Type:
    while t.kind == LINK:
        t = t.link  # type: ignore[assignment]
    while t.kind == CONSTR:
        # expand_once, with decl_of's common case (an Ident path) inline
        path = t.path
        if path.__class__ is Ident:
            d = path.data
            if not isinstance(d, TypeDecl):
                return t
        else:
            d = decl_of(path)
            if d is None:
                return t
        if d.manifest is None or len(d.params) != len(t.args):
            return t
        t = apply_params(d.params, d.manifest, t.args)
        while t.kind == LINK:
            t = t.link  # type: ignore[assignment]
    return t


# -- instantiation and generalisation ----------------------------------------------

def instance(t: Type) -> Type:
    return _copy(t, {}, LEVELS.current)


def instance_list(ts: list[Type]) -> list[Type]:
    memo: dict[int, Type] = {}
    return [_copy(t, memo, LEVELS.current) for t in ts]


def generalize(t: Type, level: int | None = None) -> None:
    """Make generic every variable whose level is above ``level``."""
    _gen(t, LEVELS.current if level is None else level, set())


def _gen(t: Type, level: int, seen: set) -> bool:
    # As OCaml: every node created above ``level`` becomes generic (so that
    # instances copy it and unification never links a scheme's own nodes).
    t = repr_(t)
    if t.level == GENERIC:
        return True
    if t.level <= level:
        return False
    t.level = GENERIC
    for a in t.args:
        _gen(a, level, seen)
    return True


def generalize_structure(t: Type) -> None:
    """OCaml's generalize_structure: nodes above the current level become
    generic, except variables, which are lowered to the current level."""
    level = LEVELS.current
    stack = [t]
    while stack:
        x = repr_(stack.pop())
        if x.level == GENERIC or x.level <= level:
            continue
        if x.kind == VAR:
            x.level = level
            continue
        x.level = GENERIC
        stack.extend(x.args)


def lower_contravariant(t: Type, level: int) -> None:
    """OCaml's relaxed value restriction: in an expansive expression's type,
    variables in contravariant or invariant positions cannot be generalised;
    lower them to ``level`` (they become weak)."""
    _lower_cv(t, level, True, set())


def _lower_cv(t: Type, level: int, positive_only: bool, seen: set) -> None:
    t = repr_(t)
    if t.level == GENERIC:
        return
    key = (t.id, positive_only)
    if key in seen:
        return
    seen.add(key)
    if t.kind == VAR:
        if not positive_only and t.level > level:
            t.level = level
        return
    if t.kind == ARROW:
        _lower_cv(t.args[0], level, False, seen)
        _lower_cv(t.args[1], level, positive_only, seen)
    elif t.kind == TUPLE:
        for a in t.args:
            _lower_cv(a, level, positive_only, seen)
    elif t.kind == CONSTR:
        if not t.args:
            return
        d = decl_of(t.path)
        var = d.variance if d is not None else []
        for i, a in enumerate(t.args):
            co, contra = var[i] if i < len(var) else (True, True)
            _lower_cv(a, level, positive_only and not contra, seen)
    else:
        for a in t.args:
            _lower_cv(a, level, False, seen)


def update_level(t: Type, level: int, var: Type) -> None:
    """Occurs check of ``var`` in ``t`` and lowering of t's levels."""
    _upd(t, level, var, set())


def _upd(t: Type, level: int, var: Type, seen: set) -> None:
    stack = [t]
    pop = stack.pop
    while stack:
        t = pop()
        while t.kind == LINK:
            t = t.link  # type: ignore[assignment]
        if t is var:
            raise _Occurs()
        args = t.args
        if args:
            tid = t.id
            if tid in seen:
                continue
            seen.add(tid)
            stack.extend(args)
        # (a leaf is not recorded in ``seen``: visiting it again changes nothing)
        lv = t.level
        if lv > level and lv != GENERIC:
            t.level = level


# -- unification ---------------------------------------------------------------------

def unify(t1: Type, t2: Type) -> None:
    """Unify ``t1`` (what was found) with ``t2`` (what was expected)."""
    try:
        _unify(t1, t2)
    except Unify as u:
        u.trace.insert(0, (t1, t2))
        raise


def _link(v: Type, t: Type) -> None:
    if not t.args:
        # a variable or a constant constructor: nothing to traverse
        if t is v:
            raise Unify([], occurs=(v, t))
        if t.level > v.level and t.level != GENERIC:
            t.level = v.level
        v.kind = LINK
        v.link = t
        return
    try:
        _upd(t, v.level, v, set())       # update_level
    except _Occurs:
        raise Unify([], occurs=(v, t)) from None
    v.kind = LINK
    v.link = t


def _unify(t1: Type, t2: Type) -> None:
    while t1.kind == LINK:
        t1 = t1.link  # type: ignore[assignment]
    while t2.kind == LINK:
        t2 = t2.link  # type: ignore[assignment]
    if t1 is t2:
        return
    k1, k2 = t1.kind, t2.kind
    if k1 == VAR:
        if k2 == VAR:
            if t2.level < t1.level:
                t1.level = t2.level
            if t2.name is None:       # keep a name the user gave
                t2.name = t1.name
        _link(t1, t2)
        return
    if k2 == VAR:
        _link(t2, t1)
        return
    if k1 == CONSTR and k2 == CONSTR and not t1.args and not t2.args and t1.path == t2.path:
        return
    # Like OCaml: compare the expanded heads, and link the side that is not
    # an abbreviation to the one that is, so that abbreviations survive in
    # the inferred types (``int Seq.t`` rather than ``unit -> int Seq.node``).
    e1 = expand_head(t1) if k1 == CONSTR else t1
    e2 = expand_head(t2) if k2 == CONSTR else t2
    if e1 is t1 or e2 is not t2:
        _unify3(t1, e1, t2, e2)
    else:
        _unify3(t2, e2, t1, e1)


def _unify3(t1: Type, e1: Type, t2: Type, e2: Type) -> None:
    if e1 is e2:
        return
    if e1.kind == VAR:
        _link(e1, t2)
        return
    if e2.kind == VAR:
        _link(e2, t1)
        return
    k = e1.kind
    if k != e2.kind or len(e1.args) != len(e2.args) or (k == CONSTR and e1.path != e2.path) \
            or k == UNIVAR:
        raise Unify([])
    args = e1.args
    if e1 is not t2:
        try:
            _upd(t2, e1.level, e1, set())       # update_level
        except _Occurs:
            raise Unify([]) from None
        saved = (e1.kind, e1.link)
        e1.kind = LINK
        e1.link = t2
    else:
        saved = None
    try:
        _unify_list(args, e2.args)
    except Unify:
        if saved is not None:
            e1.kind, e1.link = saved
        raise


def _unify_list(l1: list[Type], l2: list[Type]) -> None:
    for a, b in zip(l1, l2):
        try:
            _unify(a, b)
        except Unify as u:
            u.trace.insert(0, (a, b))
            raise


def occurs_in(v: Type, t: Type) -> bool:
    v = repr_(v)
    stack = [t]
    seen = set()
    while stack:
        x = repr_(stack.pop())
        if x is v:
            return True
        if x.id in seen:
            continue
        seen.add(x.id)
        stack.extend(x.args)
    return False


def free_vars(t: Type) -> list[Type]:
    out: list[Type] = []
    seen = set()

    def go(x: Type) -> None:
        x = repr_(x)
        if x.id in seen:
            return
        seen.add(x.id)
        if x.kind == VAR:
            out.append(x)
        for a in x.args:
            go(a)
    go(t)
    return out


def moregeneral(general: Type, specific: Type) -> bool:
    """Whether ``specific`` is an instance of ``general`` (both generic
    schemes): used for signature inclusion of values."""
    LEVELS.enter()
    try:
        g = instance(general)
        s = instance(specific)
        # freeze the specific's variables: map them to fresh rigid constructors
        rig: dict[int, Type] = {}
        _rigidify(s, rig)
        try:
            unify(g, s)
            return True
        except Unify:
            return False
        finally:
            for v, _ in rig.values():
                v.kind = VAR
                v.link = None
    finally:
        LEVELS.leave()


def _rigidify(t: Type, rig: dict) -> None:
    from .types import Ident
    t = repr_(t)
    if t.id in rig:
        return
    if t.kind == VAR:
        ident = Ident("$rigid")
        c = Type(CONSTR, t.level, [], path=ident)
        rig[t.id] = (t, c)
        t.kind = LINK
        t.link = c
        return
    for a in t.args:
        _rigidify(a, rig)
