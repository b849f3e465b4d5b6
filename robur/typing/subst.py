"""Substitutions of paths in types, declarations and module types: prefixing
a signature's own names when it is accessed through a module path
(``t`` becomes ``M.t``) and replacing a functor's parameter by its argument.
Generic type variables are copied (keeping their sharing); non-generic
(weak) variables stay shared, as in OCaml."""
from __future__ import annotations

from .types import (CONSTR, GENERIC, VAR, UNIVAR, ConstrDecl, Ident, LabelDecl, ModType,
                    MtyAlias, MtyFunctor, MtyIdent, MtySig, PApply, PDot, Path, SigException,
                    SigItem, SigModType, SigModule, SigType, SigValue, Type, TypeDecl,
                    ValueDesc, repr_)


class Subst:
    __slots__ = ("paths", "type_fns", "nondep", "failed")

    def __init__(self) -> None:
        self.paths: dict[Ident, Path] = {}
        # idents to eliminate by expanding abbreviations (a functor applied
        # to an anonymous structure: OCaml's nondep_supertype)
        self.nondep: set[Ident] = set()
        self.failed = False
        # ident -> (params, body): "with type t := ..." style replacement of t
        self.type_fns: dict[Ident, tuple[list[Type], Type]] = {}

    def is_empty(self) -> bool:
        return not self.paths and not self.type_fns and not self.nondep

    def path(self, p: Path) -> Path:
        if isinstance(p, Ident):
            return self.paths.get(p, p)
        if isinstance(p, PDot):
            parent = self.path(p[0])
            return p if parent is p[0] else PDot(parent, p[1])
        f, a = self.path(p.fn), self.path(p.arg)
        return PApply(f, a)

    def type(self, t: Type, memo: dict[int, Type]) -> Type:
        t = repr_(t)
        got = memo.get(t.id)
        if got is not None:
            return got
        k = t.kind
        if k == VAR or k == UNIVAR:
            if t.level != GENERIC and k == VAR:
                return t
            n = Type(k, t.level, name=t.name)
            memo[t.id] = n
            return n
        if k == CONSTR:
            if self.nondep and _mentions(t.path, self.nondep):
                from .unify import expand_once
                e = expand_once(t)
                if e is not None:
                    r = self.type(e, memo)
                    memo[t.id] = r
                    return r
                self.failed = True
            if isinstance(t.path, Ident) and t.path in self.type_fns:
                params, body = self.type_fns[t.path]
                from .unify import apply_params   # late: unify imports us
                r = apply_params(params, body, [self.type(a, memo) for a in t.args])
                memo[t.id] = r
                return r
            n = Type(CONSTR, t.level, None, path=self.path(t.path))
            memo[t.id] = n
            n.args = [self.type(a, memo) for a in t.args]
            return n
        n = Type(k, t.level, None)
        memo[t.id] = n
        n.args = [self.type(a, memo) for a in t.args]
        return n

    def value(self, d: ValueDesc) -> ValueDesc:
        return ValueDesc(self.type(d.type, {}), d.prims, d.loc, d.deprecated)

    def label(self, l: LabelDecl, memo: dict) -> LabelDecl:
        n = LabelDecl(l.name, l.mutable, self.type(l.type, memo), l.loc)
        poly = getattr(l, "poly", None)
        if poly:
            n.poly = [self.type(v, memo) for v in poly]  # type: ignore[attr-defined]
        return n

    def constr(self, c: ConstrDecl, memo: dict) -> ConstrDecl:
        rec = [self.label(l, memo) for l in c.record] if c.record is not None else None
        return ConstrDecl(c.name, [self.type(a, memo) for a in c.args], rec, c.loc)

    def decl(self, d: TypeDecl) -> TypeDecl:
        memo: dict[int, Type] = {}
        manifest = None
        injective = getattr(d, "injective", False)
        if d.manifest is not None:
            failed, self.failed = self.failed, False
            manifest = self.type(d.manifest, memo)
            if self.failed:
                manifest = None    # not expressible without the eliminated ident
                injective = bool(d.params)
            self.failed = failed
        nd = TypeDecl(
            [self.type(p, memo) for p in d.params], d.kind,
            [self.constr(c, memo) for c in d.constructors],
            [self.label(l, memo) for l in d.labels],
            manifest, d.private, d.variance, d.loc, d.name)
        if injective:
            nd.injective = True  # type: ignore[attr-defined]  (printed "!'a", as 4.13)
        return nd

    def sig_item(self, it: SigItem) -> SigItem:
        if isinstance(it, SigValue):
            return SigValue(it.id, self.value(it.desc))
        if isinstance(it, SigType):
            return SigType(it.id, self.decl(it.decl), it.rec)
        if isinstance(it, SigException):
            return SigException(it.id, self.constr(it.decl, {}))
        if isinstance(it, SigModule):
            return SigModule(it.id, self.mty(it.mty), it.rec)
        return SigModType(it.id, self.mty(it.mty) if it.mty is not None else None)

    def mty(self, m: ModType) -> ModType:
        if self.is_empty():
            return m
        if isinstance(m, MtySig):
            return MtySig([self.sig_item(i) for i in m.items])
        if isinstance(m, MtyFunctor):
            return MtyFunctor(m.param, self.mty(m.param_mty) if m.param_mty is not None else None,
                              self.mty(m.result))
        if isinstance(m, MtyIdent):
            return MtyIdent(self.path(m.path))
        return MtyAlias(self.path(m.path))


def _mentions(p: Path, idents: set) -> bool:
    if isinstance(p, Ident):
        return p in idents
    if isinstance(p, PDot):
        return _mentions(p[0], idents)
    return _mentions(p.fn, idents) or _mentions(p.arg, idents)
