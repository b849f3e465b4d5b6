"""Inclusion of module types (OCaml's includemod.ml): does a module of type
``actual`` fit where ``expected`` is required?  Failures are values
(``IncludeFailure``); ``mismatch_message`` renders OCaml's text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..syntax.location import Location, NOWHERE, header
from .env import expand_mty
from .pformat import Doc
from .printtyp import Session, print_mty, print_sig_item
from .subst import Subst
from .types import (CONSTR, GENERIC, Ident, ModType, MtyAlias, MtyFunctor, MtyIdent, MtySig,
                    Path, SigException, SigItem, SigModType, SigModule, SigType, SigValue,
                    Type, TypeDecl, repr_)
from .unify import LEVELS, Unify, instance_list, moregeneral, unify


@dataclass
class IncludeFailure(Exception):
    kind: str                      # missing | value | type | exception | module | not_functor ...
    name: str = ""
    actual: object = None
    expected: object = None
    detail: str = ""
    expected_loc: Location = NOWHERE
    actual_loc: Location = NOWHERE
    inner: Optional["IncludeFailure"] = None


def _ns(it: SigItem) -> str:
    return {SigValue: "value", SigType: "type", SigException: "exception", SigModule: "module",
            SigModType: "module type"}[type(it)]


def include_modtypes(actual: ModType, expected: ModType, actual_path: Optional[Path]) -> None:
    if isinstance(actual, MtyAlias):
        from .typemod import strengthen
        from .env import find_module
        actual = strengthen(find_module(actual.path), actual.path)
    if isinstance(expected, MtyIdent) and isinstance(actual, MtyIdent) and expected.path == actual.path:
        return
    a = expand_mty(actual)
    e = expand_mty(expected)
    if isinstance(e, MtySig):
        if not isinstance(a, MtySig):
            raise IncludeFailure("kind")
        include_sigs(a, e)
        return
    if isinstance(e, MtyFunctor):
        if not isinstance(a, MtyFunctor):
            raise IncludeFailure("kind")
        if e.param_mty is not None and a.param_mty is not None:
            include_modtypes(e.param_mty, a.param_mty, None)
        res = a.result
        if a.param is not None and e.param is not None:
            s = Subst()
            s.paths[a.param] = e.param
            res = s.mty(res)
        include_modtypes(res, e.result, None)
        return
    # abstract module types: equal paths only
    if isinstance(a, MtyIdent) and isinstance(e, MtyIdent) and a.path == e.path:
        return
    raise IncludeFailure("kind")


def include_sigs(a: MtySig, e: MtySig) -> None:
    # The actual items may be copies (a functor's result after substitution)
    # sharing idents with their original: bind the idents to these copies
    # while comparing, so that ``t`` means this signature's ``t``.
    saved = []
    for it in a.items:
        if isinstance(it, (SigType, SigModule, SigModType)):
            saved.append((it.id, it.id.data))
            it.id.data = it.decl if isinstance(it, SigType) else it.mty
    try:
        _include_sigs(a, e)
    finally:
        for ident, data in reversed(saved):
            ident.data = data


def _include_sigs(a: MtySig, e: MtySig) -> None:
    by_name: dict[tuple[str, str], SigItem] = {}
    for it in a.items:
        by_name[(_ns(it), it.id.name)] = it
    # expected idents are renamed to the actual ones so types compare
    s = Subst()
    pairs = []
    for it in e.items:
        got = by_name.get((_ns(it), it.id.name))
        if got is None:
            raise IncludeFailure("missing", it.id.name, expected=it, detail=_ns(it),
                                 expected_loc=_item_loc(it))
        if not isinstance(it, SigValue):
            s.paths[it.id] = got.id
        pairs.append((got, it))
    for got, exp in pairs:
        exp2 = s.sig_item(exp) if not s.is_empty() else exp
        _include_item(got, exp2, exp)


def _item_loc(it: SigItem) -> Location:
    if isinstance(it, SigValue):
        return it.desc.loc
    if isinstance(it, SigType):
        return it.decl.loc
    if isinstance(it, SigException):
        return it.decl.loc
    return getattr(it, "loc", NOWHERE)


def _include_item(got: SigItem, exp: SigItem, orig: SigItem) -> None:
    if isinstance(exp, SigValue):
        assert isinstance(got, SigValue)
        if not moregeneral(got.desc.type, exp.desc.type):
            raise IncludeFailure("value", exp.id.name, got, orig, expected_loc=exp.desc.loc,
                                 actual_loc=got.desc.loc)
        if exp.desc.prims and exp.desc.prims != got.desc.prims:
            raise IncludeFailure("value", exp.id.name, got, orig, expected_loc=exp.desc.loc,
                                 actual_loc=got.desc.loc)
    elif isinstance(exp, SigType):
        assert isinstance(got, SigType)
        why = _include_decl(got.id, got.decl, exp.decl)
        if why:
            raise IncludeFailure("type", exp.id.name, got, orig, detail=why,
                                 expected_loc=exp.decl.loc, actual_loc=got.decl.loc)
    elif isinstance(exp, SigException):
        assert isinstance(got, SigException)
        if not _same_types(got.decl.args, exp.decl.args):
            raise IncludeFailure("exception", exp.id.name, got, orig,
                                 expected_loc=exp.decl.loc, actual_loc=got.decl.loc)
    elif isinstance(exp, SigModule):
        assert isinstance(got, SigModule)
        try:
            include_modtypes(got.mty, exp.mty, None)
        except IncludeFailure as f:
            raise IncludeFailure("module", exp.id.name, got, orig, inner=f) from None
    elif isinstance(exp, SigModType):
        pass


def _same_types(l1: list[Type], l2: list[Type]) -> bool:
    if len(l1) != len(l2):
        return False
    LEVELS.enter()
    try:
        a = instance_list(l1)
        b = instance_list(l2)
        for x, y in zip(a, b):
            unify(x, y)
        return True
    except Unify:
        return False
    finally:
        LEVELS.leave()


def _include_decl(ident: Ident, got: TypeDecl, exp: TypeDecl) -> str:
    if got.arity != exp.arity:
        return "They have different arities."
    # the expected declaration's parameters are the actual's
    LEVELS.enter()
    try:
        gparams = [repr_(p) for p in got.params]
        def eq(t1: Type, t2: Type, eparams=exp.params) -> bool:
            memo_a = instance_list(list(got.params) + [t1])
            memo_b = instance_list(list(exp.params) + [t2])
            try:
                for x, y in zip(memo_a, memo_b):
                    unify(x, y)
                return True
            except Unify:
                return False
        if exp.manifest is not None:
            self_t = Type(CONSTR, GENERIC, list(got.params), path=ident)
            if not eq(self_t, exp.manifest):
                return "manifest"
        if exp.kind == "abstract":
            return ""
        if got.kind != exp.kind:
            return "Their kinds differ."
        if exp.kind == "variant":
            gc = {c.name: c for c in got.constructors}
            ec = {c.name: c for c in exp.constructors}
            for c in exp.constructors:
                if c.name not in gc:
                    return f"The constructor {c.name} is only present in the second declaration."
            for c in got.constructors:
                if c.name not in ec:
                    return f"The constructor {c.name} is only present in the first declaration."
            for i, (c1, c2) in enumerate(zip(got.constructors, exp.constructors)):
                if c1.name != c2.name:
                    return (f"Constructors number {i + 1} have different names, {c1.name} and {c2.name}.")
                if len(c1.args) != len(c2.args) or not all(eq(a, b) for a, b in zip(c1.args, c2.args)):
                    return ("constructor", c1, c2, "The types are not equal.")  # type: ignore[return-value]
        if exp.kind == "record":
            gl = {l.name: l for l in got.labels}
            for l in exp.labels:
                if l.name not in gl:
                    return f"The field {l.name} is only present in the second declaration."
            for l in got.labels:
                if l.name not in {x.name for x in exp.labels}:
                    return f"The field {l.name} is only present in the first declaration."
            for i, (l1, l2) in enumerate(zip(got.labels, exp.labels)):
                if l1.name != l2.name:
                    return f"Fields number {i + 1} have different names, {l1.name} and {l2.name}."
                if l1.mutable != l2.mutable:
                    why = ("The second is mutable and the first is not." if l2.mutable
                           else "The first is mutable and the second is not.")
                    return ("field", l1, l2, why)  # type: ignore[return-value]
                if not eq(l1.type, l2.type):
                    return ("field", l1, l2, "The types are not equal.")  # type: ignore[return-value]
        return ""
    finally:
        LEVELS.leave()


# -- messages -------------------------------------------------------------------

def _mty_doc(d: Doc, m: ModType, session: Session) -> None:
    print_mty(d, m, session)


def _item_doc(d: Doc, it: SigItem) -> None:
    print_sig_item(d, it, Session())


def _reason(d: Doc, f: IncludeFailure) -> None:
    if f.kind == "missing":
        d.text(f"The {f.detail} `{f.name}' is required but not provided")
        _locs(d, f)
    elif f.kind == "value":
        d.open("hv", 2)
        d.text("Values do not match:")
        d.brk(1, 0)
        _item_doc(d, f.actual)
        d.brk(1, -2)
        d.text("is not included in")
        d.brk(1, 0)
        _item_doc(d, f.expected)
        d.close()
        _locs(d, f)
    elif f.kind == "type":
        d.open("hv", 2)
        d.text("Type declarations do not match:")
        d.brk(1, 0)
        _item_doc(d, f.actual)
        d.brk(1, -2)
        d.text("is not included in")
        d.brk(1, 0)
        _item_doc(d, f.expected)
        d.close()
        if isinstance(f.detail, tuple):
            _detail(d, f.detail)
        elif f.detail and f.detail != "manifest":
            d.brk(0, 0)
            d.text(f.detail)
        _locs(d, f)
    elif f.kind == "exception":
        d.open("hv", 2)
        d.text("Extension declarations do not match:")
        d.brk(1, 0)
        _item_doc(d, f.actual)
        d.brk(1, -2)
        d.text("is not included in")
        d.brk(1, 0)
        _item_doc(d, f.expected)
        d.close()
        _locs(d, f)
    elif f.kind == "module" and f.inner is not None:
        d.text(f"In module {f.name}:")
        d.brk(0, 0)
        d.open("hv", 2)
        d.text(f"Modules do not match:")
        d.brk(1, 0)
        _mty_doc(d, f.actual.mty, Session())
        d.brk(1, -2)
        d.text("is not included in")
        d.brk(1, 0)
        _mty_doc(d, f.expected.mty, Session())
        d.close()
        d.brk(0, 0)
        _reason(d, f.inner)
    else:
        d.text("Modules do not match")


def _detail(d: Doc, detail: tuple) -> None:
    """``Fields do not match: ... is not compatible with: ... The types are
    not equal.`` (and the same for constructors)."""
    from .printtyp import Names, _constructor, print_type
    kind, a, b, why = detail
    names = Names()
    d.brk(0, 0)
    d.open("v", 2)
    d.text("Fields do not match:" if kind == "field" else "Constructors do not match:")
    for i, x in enumerate((a, b)):
        d.brk(1, 0)
        if kind == "field":
            d.open("b", 2)
            d.text(("mutable " if x.mutable else "") + x.name + " :")
            d.brk(1, 0)
            print_type(d, x.type, names)
            d.close()
            d.text(";")
        else:
            _constructor(d, x, names)
        if i == 0:
            d.brk(1, -2)
            d.text("is not compatible with:")
    d.close()
    d.brk(0, 0)
    d.text(why)


def _locs(d: Doc, f: IncludeFailure) -> None:
    for loc, what in ((f.expected_loc, "Expected"), (f.actual_loc, "Actual")):
        if loc is not NOWHERE and loc.file != "_none_":
            d.brk(0, 0)
            h = header(loc, None)[:-1]
            d.open("hv", 2)
            d.text(f"{h}:")
            d.brk(1, 0)
            d.text(f"{what} declaration")
            d.close()


def _modules_do_not_match(d: Doc, actual: ModType, expected: ModType) -> None:
    d.text("Modules do not match:")
    d.brk(1, 0)
    _mty_doc(d, actual, Session())
    d.brk(1, -2)
    d.text("is not included in")
    d.brk(1, 0)
    _mty_doc(d, expected, Session())


def mismatch_message(f: IncludeFailure, actual: ModType, expected: ModType, functor_arg: bool) -> str:
    d = Doc()
    if functor_arg:
        # 4.13 lays out a functor argument mismatch differently
        d.open("v", -2)
        d.open("b", 0)
    else:
        d.open("v", 0)
        d.text("Signature mismatch:")
        d.brk(0, 0)
        d.open("hv", 2)
    _modules_do_not_match(d, actual, expected)
    d.close()
    d.brk(0, 0)
    _reason(d, f)
    d.close()
    return _Prerendered(d)


class _Prerendered(str):
    """A message already laid out as a Doc; errors.Text renders it as is."""

    def __new__(cls, d: Doc):
        s = str.__new__(cls, "")
        s.doc = d  # type: ignore[attr-defined]
        return s
