"""Types and signatures as ``ocamlc -i`` prints them.

Layout follows OCaml's outcome-tree printer (oprint.ml): the same boxes and
break hints, laid out by pformat (Format's algorithm).  Variable names are
given in order of first appearance ('a, 'b, ...), skipping names the user
gave; non-generic variables in signatures print as '_weakN, numbered across
one printing session (one ``ocamlc -i`` run).
"""
from __future__ import annotations

from typing import Optional


from .pformat import Doc
from .types import (ARROW, CONSTR, GENERIC, TUPLE, UNIVAR, VAR, ConstrDecl, Ident, ModType,
                    MtyAlias, MtyFunctor, MtyIdent, MtySig, PDot, Path, SigException, SigItem,
                    SigModType, SigModule, SigType, SigValue, Type, TypeDecl, repr_)

STDLIB_NAME = "Stdlib"
STDLIB_UNIT_PREFIX = "Stdlib__"

_OPCHARS = set("!$%&*+-./:<=>?@^|~#")
_KEYWORD_OPS = {"mod", "land", "lor", "lxor", "lsl", "lsr", "asr", "or"}


def value_name(name: str) -> str:
    if name and (name[0] in _OPCHARS or name in _KEYWORD_OPS):
        return f"( {name} )"
    return name


def constr_name(name: str) -> str:
    return "(::)" if name == "::" else name


def path_name(p: Path) -> str:
    if isinstance(p, Ident):
        if p.glob and p.name.startswith(STDLIB_UNIT_PREFIX):
            # the unit Stdlib__List is Stdlib.List, and Stdlib is open
            return p.name[len(STDLIB_UNIT_PREFIX):]
        return p.name
    if isinstance(p, PDot):
        parent = p[0]
        if isinstance(parent, Ident) and parent.name == STDLIB_NAME and parent.glob:
            return p[1]
        return f"{path_name(parent)}.{p[1]}"
    return f"{path_name(p.fn)}({path_name(p.arg)})"


class Names:
    """Variable naming for one printed item (or one error message)."""

    def __init__(self, session: Optional["Session"] = None, scheme: bool = False):
        self.names: dict[int, str] = {}
        self.used: set[str] = set()
        self.counter = 0
        self.session = session
        self.scheme = scheme

    def reserve(self, t: Type) -> None:
        """Reserve the user-given names occurring in t."""
        seen = set()
        stack = [t]
        while stack:
            x = repr_(stack.pop())
            if x.id in seen:
                continue
            seen.add(x.id)
            if x.kind == VAR and x.name and x.name != "_":
                self.used.add(x.name)
            stack.extend(x.args)

    def name_of(self, t: Type) -> str:
        n = self.names.get(t.id)
        if n is not None:
            return n
        if self.scheme and t.level != GENERIC and self.session is not None:
            n = self.session.weak_name(t)
            self.names[t.id] = n
            return n
        if t.name and t.name != "_" and t.name not in self.names.values():
            n = t.name
        else:
            while True:
                n = _nth_name(self.counter)
                self.counter += 1
                if n not in self.used and n not in self.names.values():
                    break
        self.names[t.id] = n
        self.used.add(n)
        return n


def _nth_name(i: int) -> str:
    letter = chr(ord("a") + i % 26)
    return letter if i < 26 else f"{letter}{i // 26}"


class Session:
    """Printing state shared by one signature print (weak variable names)."""

    def __init__(self) -> None:
        self.weak: dict[int, str] = {}
        self.counter = 0

    def weak_name(self, t: Type) -> str:
        n = self.weak.get(t.id)
        if n is None:
            self.counter += 1
            n = f"_weak{self.counter}"
            self.weak[t.id] = n
        return n


# -- types --------------------------------------------------------------------

def print_type(d: Doc, t: Type, names: Names) -> None:
    _type1(d, t, names)


def _type1(d: Doc, t: Type, names: Names) -> None:
    t = repr_(t)
    if t.kind == ARROW:
        d.open("b", 0)
        _type2(d, t.args[0], names)
        d.text(" ->")
        d.brk(1, 0)
        _type1(d, t.args[1], names)
        d.close()
    else:
        _type2(d, t, names)


def _type2(d: Doc, t: Type, names: Names) -> None:
    t = repr_(t)
    if t.kind == TUPLE:
        d.open("b", 0)
        for i, a in enumerate(t.args):
            if i:
                d.text(" *")
                d.brk(1, 0)
            _simple(d, a, names)
        d.close()
    else:
        _simple(d, t, names)


def _simple(d: Doc, t: Type, names: Names) -> None:
    t = repr_(t)
    k = t.kind
    if k == VAR or k == UNIVAR:
        d.text("'" + names.name_of(t))
    elif k == CONSTR:
        d.open("b", 0)
        _typargs(d, t.args, names)
        d.text(path_name(t.path))
        d.close()
    elif k == ARROW or k == TUPLE:
        d.open("b", 1)
        d.text("(")
        _type1(d, t, names)
        d.text(")")
        d.close()
    else:
        d.text("?")


def _typargs(d: Doc, args: list[Type], names: Names) -> None:
    if not args:
        return
    if len(args) == 1:
        _simple(d, args[0], names)
        d.brk(1, 0)
        return
    d.open("b", 1)
    d.text("(")
    for i, a in enumerate(args):
        if i:
            d.text(",")
            d.brk(1, 0)
        _type1(d, a, names)
    d.text(")")
    d.close()
    d.brk(1, 0)


def type_to_string(t: Type, names: Names | None = None) -> str:
    d = Doc()
    print_type(d, t, names or Names())
    return d.render(margin=10**6)


# -- declarations ----------------------------------------------------------------

def _type_defined(d: Doc, name: str, params: list[Type], names: Names) -> None:
    if not params:
        d.text(name)
    elif len(params) == 1:
        d.open("b", 0)
        _param(d, params[0], names)
        d.brk(1, 0)
        d.text(name)
        d.close()
    else:
        d.open("b", 0)
        d.text("(")
        d.open("b", 0)
        for i, p in enumerate(params):
            if i:
                d.text(",")
                d.brk(1, 0)
            _param(d, p, names)
        d.text(")")
        d.close()
        d.brk(1, 0)
        d.text(name)
        d.close()


def _param(d: Doc, p: Type, names: Names) -> None:
    p = repr_(p)
    bang = "!" if getattr(names, "injective", False) else ""
    if p.kind == VAR:
        if p.name == "_":
            d.text(bang + "_")
        else:
            d.text(bang + "'" + names.name_of(p))
    else:
        _simple(d, p, names)


def _constructor(d: Doc, c: ConstrDecl, names: Names) -> None:
    name = constr_name(c.name)
    if c.record is not None:
        d.open("b", 2)
        d.text(f"{name} of")
        d.brk(1, 0)
        _record(d, c.record, names)
        d.close()
    elif not c.args:
        d.text(name)
    else:
        d.open("b", 2)
        d.text(f"{name} of")
        d.brk(1, 0)
        for i, a in enumerate(c.args):
            if i:
                d.text(" *")
                d.brk(1, 0)
            _simple(d, a, names)
        d.close()


def _record(d: Doc, labels, names: Names) -> None:
    d.text("{")
    for l in labels:
        d.brk(1, 0)
        d.open("b", 2)
        d.text(("mutable " if l.mutable else "") + l.name + " :")
        d.brk(1, 0)
        poly = getattr(l, "poly", None)
        if poly:
            d.open("hov", 2)
            d.text(" ".join("'" + names.name_of(repr_(v)) for v in poly) + ".")
            d.brk(1, 0)
            print_type(d, l.type, names)
            d.close()
        else:
            print_type(d, l.type, names)
        d.close()
        d.text(";")
    d.brk(1, -2)
    d.text("}")


def print_type_decl(d: Doc, kwd: str, name: str, decl: TypeDecl, names: Names) -> None:
    for p in decl.params:
        names.reserve(p)
    d.open("b", 2)
    d.open("hv", 2)
    d.text(kwd + " ")
    if getattr(decl, "injective", False) and decl.manifest is None and decl.kind == "abstract":
        names.injective = True
    _type_defined(d, name, decl.params, names)
    names.injective = False
    priv = " private" if decl.private else ""
    if decl.manifest is not None and decl.kind != "abstract":
        d.text(" =")
        d.brk(1, 0)
        print_type(d, decl.manifest, names)
    if decl.kind == "variant":
        d.text(" =" + priv)
        d.brk(1, 2)
        if not decl.constructors:
            d.text("|")
        for i, c in enumerate(decl.constructors):
            if i:
                d.brk(1, 0)
                d.text("| ")
            _constructor(d, c, names)
    elif decl.kind == "record":
        d.text(" =" + priv + " ")
        _record(d, decl.labels, names)
    elif decl.kind == "open":
        d.text(" =" + priv + " ..")
    elif decl.manifest is not None:
        d.text(" =" + priv)
        d.brk(1, 2)
        print_type(d, decl.manifest, names)
    d.close()
    d.close()


# -- signatures -------------------------------------------------------------------

def print_sig_item(d: Doc, it: SigItem, session: Session) -> None:
    if isinstance(it, SigValue):
        names = Names(session, scheme=True)
        names.reserve(it.desc.type)
        kwd = "external" if it.desc.prims else "val"
        d.open("b", 2)
        d.text(f"{kwd} {value_name(it.id.name)} :")
        d.brk(1, 0)
        print_type(d, it.desc.type, names)
        for i, p in enumerate(it.desc.prims):
            d.brk(1, 0)
            d.text(f'= "{p}"' if i == 0 else f'"{p}"')
        d.close()
    elif isinstance(it, SigType):
        kwd = "type" if it.rec != "next" else "and"
        print_type_decl(d, kwd, it.id.name, it.decl, Names(session, scheme=True))
    elif isinstance(it, SigException):
        names = Names(session, scheme=True)
        d.open("b", 2)
        d.text("exception ")
        _constructor(d, it.decl, names)
        d.close()
    elif isinstance(it, SigModule):
        if isinstance(it.mty, MtyAlias):
            d.open("b", 2)
            d.text(f"module {it.id.name} =")
            d.brk(1, 0)
            d.text(path_name(it.mty.path))
            d.close()
            return
        kwd = {"not": "module", "first": "module rec", "next": "and"}[it.rec]
        d.open("b", 2)
        d.text(f"{kwd} {it.id.name} :")
        d.brk(1, 0)
        print_mty(d, it.mty, session)
        d.close()
    elif isinstance(it, SigModType):
        if it.mty is None:
            d.text(f"module type {it.id.name}")
            return
        d.open("b", 2)
        d.text(f"module type {it.id.name} =")
        d.brk(1, 0)
        print_mty(d, it.mty, session)
        d.close()


def print_signature_items(d: Doc, items: list[SigItem], session: Session) -> None:
    for i, it in enumerate(items):
        if i:
            d.brk(1, 0)
        print_sig_item(d, it, session)


def print_mty(d: Doc, m: ModType, session: Session) -> None:
    if isinstance(m, MtySig):
        if not m.items:
            d.text("sig end")
            return
        d.open("hv", 2)
        d.text("sig")
        d.brk(1, 0)
        print_signature_items(d, m.items, session)
        d.brk(1, -2)
        d.text("end")
        d.close()
    elif isinstance(m, MtyFunctor):
        args = []
        while isinstance(m, MtyFunctor):
            args.append(m)
            m = m.result
        d.open("b", 2)
        d.text("functor")
        for a in args:
            d.brk(1, 0)
            if a.param is None:
                d.text("()")
            else:
                d.text(f"({a.param.name} :")
                d.brk(1, 0)
                print_mty(d, a.param_mty, session)
                d.text(")")
        d.brk(1, 0)
        d.text("->")
        d.brk(1, 0)
        print_mty(d, m, session)
        d.close()
    elif isinstance(m, MtyIdent):
        d.text(path_name(m.path))
    elif isinstance(m, MtyAlias):
        d.text(f"(module {path_name(m.path)})")


def signature_to_string(items: list[SigItem], session: Session | None = None) -> str:
    """The text ``ocamlc -i`` prints for a unit's signature (no final newline)."""
    d = Doc()
    d.open("v", 0)
    print_signature_items(d, items, session or Session())
    d.close()
    return d.render(margin=SIG_MARGIN)


# ``ocamlc -i`` lines never reach 78 columns while error messages do: the
# signature printer behaves as if the margin were one less.
SIG_MARGIN = 77


# -- interface fingerprints (the checker's digests) -------------------------------

def sig_fingerprint(items: list[SigItem]) -> str:
    """A canonical text of a signature, cheaper than laying it out: equal
    fingerprints mean equal interfaces for the dependents."""
    out: list[str] = []
    _fp_items(items, out)
    return "".join(out)


def _fp_type(t: Type, names: dict, out: list[str]) -> None:
    t = repr_(t)
    k = t.kind
    if k == VAR or k == UNIVAR:
        n = names.get(t.id)
        if n is None:
            n = names[t.id] = ("w" if t.level != GENERIC else "v") + str(len(names))
        out.append(n)
        return
    if k == CONSTR:
        out.append(path_name(t.path))
    else:
        out.append("-" if k == ARROW else "*")
    if t.args:
        out.append("(")
        for a in t.args:
            _fp_type(a, names, out)
            out.append(",")
        out.append(")")


def _fp_items(items: list[SigItem], out: list[str]) -> None:
    for it in items:
        names: dict = {}
        if isinstance(it, SigValue):
            out.append(f"v {it.id.name}:")
            _fp_type(it.desc.type, names, out)
            out.append("=" + "|".join(it.desc.prims))
        elif isinstance(it, SigType):
            d = it.decl
            out.append(f"t {it.id.name} {d.kind} {d.private}(")
            for p in d.params:
                _fp_type(p, names, out)
            out.append(")")
            if d.manifest is not None:
                out.append("=")
                _fp_type(d.manifest, names, out)
            for c in d.constructors:
                out.append("|" + c.name)
                for a in c.args:
                    _fp_type(a, names, out)
                for l in c.record or []:
                    out.append(f"{l.name}{l.mutable}")
                    _fp_type(l.type, names, out)
            for l in d.labels:
                out.append(f";{l.name}{l.mutable}")
                _fp_type(l.type, names, out)
        elif isinstance(it, SigException):
            out.append(f"e {it.id.name}")
            for a in it.decl.args:
                _fp_type(a, names, out)
            for l in it.decl.record or []:
                out.append(f"{l.name}{l.mutable}")
                _fp_type(l.type, names, out)
        elif isinstance(it, SigModule):
            out.append(f"m {it.id.name}{{")
            _fp_mty(it.mty, out)
            out.append("}")
        elif isinstance(it, SigModType):
            out.append(f"T {it.id.name}{{")
            if it.mty is not None:
                _fp_mty(it.mty, out)
            out.append("}")
        out.append("\n")


def _fp_mty(m: ModType, out: list[str]) -> None:
    if isinstance(m, MtySig):
        _fp_items(m.items, out)
    elif isinstance(m, MtyFunctor):
        out.append("F(")
        if m.param_mty is not None:
            _fp_mty(m.param_mty, out)
        out.append(")")
        _fp_mty(m.result, out)
    else:
        out.append(("I" if isinstance(m, MtyIdent) else "A") + path_name(m.path))
