"""Scopes: what names mean at a point of the program.

An ``Env`` is a chain of frames; each frame is a dict from (namespace, name)
to an entry.  Namespaces: ``v`` values, ``t`` types, ``c`` constructors,
``l`` labels, ``m`` modules, ``T`` module types.  Extending an environment
is cheap (a new one-entry frame, or for a structure one frame extended in
place while its items are typed: earlier items' environments are never
consulted again).  ``open M`` pushes M's components as a frame, shared.

Paths are resolved without the environment: an Ident carries what it is
bound to (``Ident.data``), and ``M.x`` goes through the components of M,
computed once per (signature, path) by prefixing the signature's own names.
"""
from __future__ import annotations

from typing import Iterator, Optional

from . import predef
from .subst import Subst
from .types import (ConstrDecl, ConstrDesc, Ident, LabelDesc, ModType, MtyAlias, MtyFunctor,
                    MtyIdent, MtySig, PDot, Path, SigException, SigModule, SigType, SigValue,
                    Type, TypeDecl, ValueDesc, constr)


class LookupError_(Exception):
    """A path that does not resolve (an internal inconsistency or an unbound
    module component); callers turn it into a user error."""


class Env:
    __slots__ = ("parent", "table")

    def __init__(self, parent: Optional["Env"] = None, table: dict | None = None):
        self.parent = parent
        self.table = table if table is not None else {}

    # -- extension ----------------------------------------------------------
    def add(self, ns: str, name: str, entry: object) -> "Env":
        return Env(self, {(ns, name): entry})

    def push(self, table: dict | None = None) -> "Env":
        return Env(self, table if table is not None else {})

    def add_value(self, name: str, ident: Ident, desc: ValueDesc) -> "Env":
        return self.add("v", name, (ident, desc))

    # In-place additions on the newest frame (structure typing).
    def bind_value(self, ident: Ident, desc: ValueDesc) -> None:
        self.table[("v", ident.name)] = (ident, desc)

    def bind_type(self, ident: Ident, decl: TypeDecl) -> None:
        ident.data = decl
        self.table[("t", ident.name)] = (ident, decl)
        for c in constructors_of(ident, decl):
            self.table[("c", c.name)] = c
        for l in labels_of(ident, decl):
            self.table[("l", l.name)] = l

    def bind_exception(self, ident: Ident, decl: ConstrDecl) -> None:
        ident.data = decl
        self.table[("c", ident.name)] = exn_desc(ident, decl)

    def bind_module(self, ident: Ident, mty: ModType) -> None:
        ident.data = mty
        self.table[("m", ident.name)] = (ident, mty)

    def bind_modtype(self, ident: Ident, mty: Optional[ModType]) -> None:
        ident.data = mty
        self.table[("T", ident.name)] = (ident, mty)

    def bind_sig_item(self, it) -> None:
        if isinstance(it, SigValue):
            self.bind_value(it.id, it.desc)
        elif isinstance(it, SigType):
            self.bind_type(it.id, it.decl)
        elif isinstance(it, SigException):
            self.bind_exception(it.id, it.decl)
        elif isinstance(it, SigModule):
            self.bind_module(it.id, it.mty)
        else:
            self.bind_modtype(it.id, it.mty)

    # -- lookup ---------------------------------------------------------------
    def lookup(self, ns: str, name: str):
        key = (ns, name)
        e: Optional[Env] = self
        while e is not None:
            v = e.table.get(key)
            if v is not None:
                return v
            e = e.parent
        return None

    def names(self, ns: str) -> Iterator[str]:
        seen = set()
        e: Optional[Env] = self
        while e is not None:
            for (k, n) in e.table:
                if k == ns and n not in seen:
                    seen.add(n)
                    yield n
            e = e.parent

    def lookup_all_constructors(self, name: str) -> list[ConstrDesc]:
        out = []
        e: Optional[Env] = self
        while e is not None:
            v = e.table.get(("c", name))
            if v is not None:
                out.append(v)
            e = e.parent
        return out

    def lookup_all_labels(self, name: str) -> list[LabelDesc]:
        out = []
        e: Optional[Env] = self
        while e is not None:
            v = e.table.get(("l", name))
            if v is not None:
                out.append(v)
            e = e.parent
        return out


# -- descriptions from declarations -------------------------------------------

def constructors_of(path: Path, decl: TypeDecl) -> list[ConstrDesc]:
    if decl.kind != "variant":
        return []
    cache = getattr(decl, "_cdescs", None)
    if cache is not None and cache[0] == path:
        return cache[1]
    res = constr(path, list(decl.params))
    nconsts = sum(1 for c in decl.constructors if not c.args and c.record is None)
    nblocks = len(decl.constructors) - nconsts
    out = []
    ci = bi = 0
    for c in decl.constructors:
        const = not c.args and c.record is None
        args = c.args
        if c.record is not None:
            args = [inline_record_type(path, decl, c)]
        out.append(ConstrDesc(c.name, res, args, ci if const else bi, const, nconsts, nblocks,
                              path, decl, c.record, loc=c.loc))
        if const:
            ci += 1
        else:
            bi += 1
    decl._cdescs = (path, out)  # type: ignore[attr-defined]
    return out


def inline_record_type(path: Path, decl: TypeDecl, c: ConstrDecl) -> Type:
    """The type of an inline record argument ``A of {x : int}``: a record
    type named ``t.A`` in OCaml; here a constructor path to a synthetic decl."""
    key = "_inline_" + c.name
    ident = getattr(decl, key, None)
    if ident is None:
        ident = Ident(f"{c.name}", glob=True)
        d = TypeDecl(list(decl.params), "record", labels=c.record or [], name=c.name)
        ident.data = d
        setattr(decl, key, ident)
        d._inline_of = (path, c.name)  # type: ignore[attr-defined]
    return constr(ident, list(decl.params))


def labels_of(path: Path, decl: TypeDecl) -> list[LabelDesc]:
    if decl.kind != "record":
        return []
    cache = getattr(decl, "_ldescs", None)
    if cache is not None and cache[0] == path:
        return cache[1]
    res = constr(path, list(decl.params))
    names = [l.name for l in decl.labels]
    out = [LabelDesc(l.name, res, l.type, l.mutable, i, names, path, decl, l.loc)
           for i, l in enumerate(decl.labels)]
    decl._ldescs = (path, out)  # type: ignore[attr-defined]
    return out


def exn_desc(path: Path, decl: ConstrDecl) -> ConstrDesc:
    args = decl.args
    if decl.record is not None:
        d = TypeDecl([], "record", labels=decl.record, name=decl.name)
        ident = Ident(decl.name, glob=True)
        ident.data = d
        args = [constr(ident, [])]
    return ConstrDesc(decl.name, predef.t_exn(), args, 0, not decl.args and decl.record is None,
                      0, 0, None, None, decl.record, ext_path=path, loc=decl.loc)


# -- resolving paths -----------------------------------------------------------

def find_type(path: Path) -> TypeDecl:
    if isinstance(path, Ident):
        d = path.data
        if not isinstance(d, TypeDecl):
            raise LookupError_(path)
        return d
    if isinstance(path, PDot):
        parent = path[0]
        comps = None
        if isinstance(parent, Ident):
            d = parent.data
            if isinstance(d, MtySig):
                comps = d.cache.get(parent)
        if comps is None:
            comps = components(parent)
        e = comps.get(("t", path[1]))
        if e is None:
            raise LookupError_(path)
        return e[1]
    raise LookupError_(path)


def find_module(path: Path) -> ModType:
    if isinstance(path, Ident):
        if path.data is None:
            raise LookupError_(path)
        return path.data  # type: ignore[return-value]
    if isinstance(path, PDot):
        e = components(path[0]).get(("m", path[1]))
        if e is None:
            raise LookupError_(path)
        return module_entry_mty(e)
    fmty = expand_mty(find_module(path.fn))
    if not isinstance(fmty, MtyFunctor):
        raise LookupError_(path)
    if fmty.param is None:
        return fmty.result
    return apply_functor(fmty, path.arg)


def apply_functor(fmty: MtyFunctor, arg: Path) -> ModType:
    """The result of functor type ``fmty`` with its parameter replaced by
    ``arg``.  Kept (with the components later computed on it) when ``arg``
    names only Stdlib modules, which live unchanged as long as the process:
    ``'a Map.Make(Int).t`` is resolved again for every use of such a type."""
    got = fmty.applied.get(arg)
    if got is not None:
        return got
    s = Subst()
    s.paths[fmty.param] = arg  # type: ignore[index]
    got = s.mty(fmty.result)
    if _stdlib_path(arg):
        fmty.applied[arg] = got
    return got


def _stdlib_path(p: Path) -> bool:
    from .stdlib_env import _UNITS   # late: stdlib_env imports us
    if isinstance(p, Ident):
        return _UNITS.get(p.name) is p
    if isinstance(p, PDot):
        return _stdlib_path(p[0])
    return _stdlib_path(p.fn) and _stdlib_path(p.arg)


def module_entry_mty(e: list) -> ModType:
    """Component entries for modules are [path, mty, subst-or-None]; the
    substitution is applied on first use."""
    if e[2] is not None:
        e[1] = e[2].mty(e[1])
        e[2] = None
    return e[1]


def find_modtype(path: Path) -> Optional[ModType]:
    if isinstance(path, Ident):
        return path.data  # type: ignore[return-value]
    if isinstance(path, PDot):
        e = components(path[0]).get(("T", path[1]))
        if e is None:
            raise LookupError_(path)
        return module_entry_mty(e) if e[1] is not None else None
    raise LookupError_(path)


def expand_mty(m: ModType) -> ModType:
    """Unfold module type names and aliases to a signature or functor."""
    for _ in range(100):
        if isinstance(m, MtyIdent):
            d = find_modtype(m.path)
            if d is None:
                return m   # abstract module type
            m = d
        elif isinstance(m, MtyAlias):
            m = find_module(m.path)
        else:
            return m
    return m


def components(path: Path) -> dict:
    if isinstance(path, Ident):      # the common case, once computed
        d = path.data
        if isinstance(d, MtySig):
            got = d.cache.get(path)
            if got is not None:
                return got
    mty = find_module(path)
    if isinstance(mty, MtyAlias):
        # ``module N = M``: N's types are N.t = M.t (OCaml's strengthening),
        # so that types print as the user wrote them and still equal M's.
        target = expand_mty(find_module(mty.path))
        while isinstance(target, MtyAlias):
            target = expand_mty(find_module(target.path))
        if not isinstance(target, MtySig):
            raise LookupError_(path)
        key = ("alias", path)
        got = target.cache.get(key)
        if got is None:
            from .typemod import strengthen
            got = strengthen(target, mty.path)
            target.cache[key] = got
        return sig_components(path, got)
    mty = expand_mty(mty)
    if not isinstance(mty, MtySig):
        raise LookupError_(path)
    return sig_components(path, mty)


def sig_components(path: Path, sig: MtySig) -> dict:
    got = sig.cache.get(path)
    if got is not None:
        return got
    s = Subst()
    for it in sig.items:
        if not isinstance(it, SigValue):
            s.paths[it.id] = PDot(path, it.id.name)
    comps: dict = {}
    for it in sig.items:
        name = it.id.name
        p = PDot(path, name)
        if isinstance(it, SigValue):
            comps[("v", name)] = (p, s.value(it.desc) if not s.is_empty() else it.desc)
        elif isinstance(it, SigType):
            d = s.decl(it.decl)
            comps[("t", name)] = (p, d)
            for c in constructors_of(p, d):
                comps[("c", c.name)] = c
            for l in labels_of(p, d):
                comps[("l", l.name)] = l
        elif isinstance(it, SigException):
            comps[("c", name)] = exn_desc(p, s.constr(it.decl, {}))
        elif isinstance(it, SigModule):
            comps[("m", name)] = [p, it.mty, s]
        else:
            comps[("T", name)] = [p, it.mty, s if it.mty is not None else None]
    sig.cache[path] = comps
    return comps
