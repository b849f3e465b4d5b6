"""The abstract syntax tree: plain data, like OCaml's parsetree.mli.

Every node carries ``loc`` (excluded from equality, so a tree equals the tree
re-parsed from its printed form) and, where OCaml allows them, ``attrs``.
Sugar is removed the way OCaml's parser removes it, so later stages see one
form per construct:

- ``[a; b]`` and ``a :: b`` are the constructors ``::`` and ``[]``;
- infix and prefix operators are applications of identifiers (``a + b`` is
  ``Apply(Ident("+"), [a, b])``, ``-x`` is ``Apply(Ident("~-"), [x])``), and
  ``-1`` is the constant ``-1``;
- ``let f x y = e`` is ``let f = fun x -> fun y -> e`` (a Fun per parameter,
  as Pexp_fun); ``let f x : t = e`` puts a Constraint around the body;
- ``a.(i)``, ``a.(i) <- v``, ``s.[i]`` are applications of ``Array.get``,
  ``Array.set``, ``String.get``;
- ``module F (X : S) = E`` is ``module F = functor (X : S) -> E``.

A long identifier (``M.N.x``) is a tuple of strings, outermost first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

from .location import Location, NOWHERE

LongIdent = tuple[str, ...]


def _loc() -> Location:
    return field(default=NOWHERE, compare=False, repr=False, kw_only=True)


def _attrs() -> list["Attribute"]:
    return field(default_factory=list, kw_only=True)


# -- attributes ----------------------------------------------------------------

@dataclass(slots=True)
class Attribute:
    name: str
    payload: list["StructureItem"]
    loc: Location = _loc()


# -- constants -----------------------------------------------------------------

@dataclass(slots=True)
class ConstInt:
    text: str                    # as written, sign included: "-0x1F"
    suffix: Optional[str] = None  # 'l', 'L', 'n'


@dataclass(slots=True)
class ConstFloat:
    text: str
    suffix: Optional[str] = None


@dataclass(slots=True)
class ConstChar:
    value: str


@dataclass(slots=True)
class ConstString:
    value: str                   # bytes as Latin-1 characters
    delim: Optional[str] = None  # None for "...", the id for {id|...|id}


Constant = Union[ConstInt, ConstFloat, ConstChar, ConstString]


# -- types ---------------------------------------------------------------------

@dataclass(slots=True)
class TypeExpr:
    loc: Location = _loc()


@dataclass(slots=True)
class TVar(TypeExpr):
    name: str = ""


@dataclass(slots=True)
class TAny(TypeExpr):
    pass


@dataclass(slots=True)
class TArrow(TypeExpr):
    arg: TypeExpr = None  # type: ignore[assignment]
    result: TypeExpr = None  # type: ignore[assignment]


@dataclass(slots=True)
class TTuple(TypeExpr):
    items: list[TypeExpr] = field(default_factory=list)


@dataclass(slots=True)
class TConstr(TypeExpr):
    name: LongIdent = ()
    args: list[TypeExpr] = field(default_factory=list)


@dataclass(slots=True)
class TAlias(TypeExpr):
    type: TypeExpr = None  # type: ignore[assignment]
    name: str = ""


@dataclass(slots=True)
class TPoly(TypeExpr):
    """``'a 'b. t`` in record fields and value specifications."""
    vars: list[str] = field(default_factory=list)
    type: TypeExpr = None  # type: ignore[assignment]


# -- patterns ------------------------------------------------------------------

@dataclass(slots=True)
class Pattern:
    loc: Location = _loc()
    attrs: list[Attribute] = _attrs()


@dataclass(slots=True)
class PAny(Pattern):
    pass


@dataclass(slots=True)
class PVar(Pattern):
    name: str = ""


@dataclass(slots=True)
class PAlias(Pattern):
    pat: Pattern = None  # type: ignore[assignment]
    name: str = ""


@dataclass(slots=True)
class PConst(Pattern):
    value: Constant = None  # type: ignore[assignment]


@dataclass(slots=True)
class PInterval(Pattern):
    low: Constant = None  # type: ignore[assignment]
    high: Constant = None  # type: ignore[assignment]


@dataclass(slots=True)
class PTuple(Pattern):
    items: list[Pattern] = field(default_factory=list)


@dataclass(slots=True)
class PConstruct(Pattern):
    name: LongIdent = ()
    arg: Optional[Pattern] = None


@dataclass(slots=True)
class PRecord(Pattern):
    fields: list[tuple[LongIdent, Pattern]] = field(default_factory=list)
    closed: bool = True          # False when the pattern ends with "; _"


@dataclass(slots=True)
class PArray(Pattern):
    items: list[Pattern] = field(default_factory=list)


@dataclass(slots=True)
class POr(Pattern):
    left: Pattern = None  # type: ignore[assignment]
    right: Pattern = None  # type: ignore[assignment]


@dataclass(slots=True)
class PConstraint(Pattern):
    pat: Pattern = None  # type: ignore[assignment]
    type: TypeExpr = None  # type: ignore[assignment]


@dataclass(slots=True)
class PException(Pattern):
    pat: Pattern = None  # type: ignore[assignment]


@dataclass(slots=True)
class PLazy(Pattern):
    pat: Pattern = None  # type: ignore[assignment]


@dataclass(slots=True)
class POpen(Pattern):
    module: LongIdent = ()
    pat: Pattern = None  # type: ignore[assignment]


# -- expressions ---------------------------------------------------------------

@dataclass(slots=True)
class Expr:
    loc: Location = _loc()
    attrs: list[Attribute] = _attrs()


@dataclass(slots=True)
class Ident(Expr):
    name: LongIdent = ()


@dataclass(slots=True)
class Const(Expr):
    value: Constant = None  # type: ignore[assignment]


@dataclass(slots=True)
class ValueBinding:
    pat: Pattern
    expr: Expr
    attrs: list[Attribute] = field(default_factory=list)
    loc: Location = _loc()


@dataclass(slots=True)
class Let(Expr):
    rec: bool = False
    bindings: list[ValueBinding] = field(default_factory=list)
    body: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class Fun(Expr):
    param: Pattern = None  # type: ignore[assignment]
    body: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class Case:
    pat: Pattern
    guard: Optional[Expr]
    body: Expr


@dataclass(slots=True)
class Function(Expr):
    cases: list[Case] = field(default_factory=list)


@dataclass(slots=True)
class Apply(Expr):
    fn: Expr = None  # type: ignore[assignment]
    args: list[Expr] = field(default_factory=list)


@dataclass(slots=True)
class Match(Expr):
    scrutinee: Expr = None  # type: ignore[assignment]
    cases: list[Case] = field(default_factory=list)


@dataclass(slots=True)
class Try(Expr):
    body: Expr = None  # type: ignore[assignment]
    cases: list[Case] = field(default_factory=list)


@dataclass(slots=True)
class Tuple(Expr):
    items: list[Expr] = field(default_factory=list)


@dataclass(slots=True)
class Construct(Expr):
    name: LongIdent = ()
    arg: Optional[Expr] = None


@dataclass(slots=True)
class Record(Expr):
    fields: list[tuple[LongIdent, Expr]] = field(default_factory=list)
    base: Optional[Expr] = None


@dataclass(slots=True)
class Field(Expr):
    record: Expr = None  # type: ignore[assignment]
    name: LongIdent = ()


@dataclass(slots=True)
class SetField(Expr):
    record: Expr = None  # type: ignore[assignment]
    name: LongIdent = ()
    value: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class Array(Expr):
    items: list[Expr] = field(default_factory=list)


@dataclass(slots=True)
class IfThenElse(Expr):
    cond: Expr = None  # type: ignore[assignment]
    then: Expr = None  # type: ignore[assignment]
    else_: Optional[Expr] = None


@dataclass(slots=True)
class Sequence(Expr):
    first: Expr = None  # type: ignore[assignment]
    second: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class While(Expr):
    cond: Expr = None  # type: ignore[assignment]
    body: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class For(Expr):
    var: Pattern = None  # type: ignore[assignment]
    start: Expr = None  # type: ignore[assignment]
    stop: Expr = None  # type: ignore[assignment]
    upward: bool = True
    body: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class Constraint(Expr):
    expr: Expr = None  # type: ignore[assignment]
    type: TypeExpr = None  # type: ignore[assignment]


@dataclass(slots=True)
class Assert(Expr):
    expr: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class Lazy(Expr):
    expr: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class LetOpen(Expr):
    module: "ModuleExpr" = None  # type: ignore[assignment]
    body: Expr = None  # type: ignore[assignment]
    override: bool = False


@dataclass(slots=True)
class LetModule(Expr):
    name: str = ""
    module: "ModuleExpr" = None  # type: ignore[assignment]
    body: Expr = None  # type: ignore[assignment]


@dataclass(slots=True)
class LetException(Expr):
    ctor: "ConstructorDecl" = None  # type: ignore[assignment]
    body: Expr = None  # type: ignore[assignment]


# -- type declarations ---------------------------------------------------------

@dataclass(slots=True)
class ConstructorDecl:
    name: str
    args: list[TypeExpr] = field(default_factory=list)
    record: Optional[list["LabelDecl"]] = None    # inline record argument
    attrs: list[Attribute] = field(default_factory=list)
    loc: Location = _loc()


@dataclass(slots=True)
class LabelDecl:
    name: str
    mutable: bool
    type: TypeExpr
    attrs: list[Attribute] = field(default_factory=list)
    loc: Location = _loc()


@dataclass(slots=True)
class TypeDecl:
    name: str
    params: list[str]                      # "'a" names without the quote; "_" for anonymous
    manifest: Optional[TypeExpr] = None    # type t = int
    variants: Optional[list[ConstructorDecl]] = None
    fields: Optional[list[LabelDecl]] = None
    private: bool = False
    attrs: list[Attribute] = field(default_factory=list)
    loc: Location = _loc()


# -- module language -----------------------------------------------------------

@dataclass(slots=True)
class ModuleExpr:
    loc: Location = _loc()
    attrs: list[Attribute] = _attrs()


@dataclass(slots=True)
class MIdent(ModuleExpr):
    name: LongIdent = ()


@dataclass(slots=True)
class MStruct(ModuleExpr):
    items: list["StructureItem"] = field(default_factory=list)


@dataclass(slots=True)
class MFunctor(ModuleExpr):
    param: Optional[str] = None              # None for generative "()"; "_" allowed
    param_type: Optional["ModuleType"] = None
    body: ModuleExpr = None  # type: ignore[assignment]


@dataclass(slots=True)
class MApply(ModuleExpr):
    fn: ModuleExpr = None  # type: ignore[assignment]
    arg: Optional[ModuleExpr] = None         # None for "F ()"


@dataclass(slots=True)
class MConstraint(ModuleExpr):
    module: ModuleExpr = None  # type: ignore[assignment]
    type: "ModuleType" = None  # type: ignore[assignment]


@dataclass(slots=True)
class ModuleType:
    loc: Location = _loc()
    attrs: list[Attribute] = _attrs()


@dataclass(slots=True)
class MTIdent(ModuleType):
    name: LongIdent = ()


@dataclass(slots=True)
class MTSig(ModuleType):
    items: list["SignatureItem"] = field(default_factory=list)


@dataclass(slots=True)
class MTFunctor(ModuleType):
    param: Optional[str] = None
    param_type: Optional[ModuleType] = None
    body: ModuleType = None  # type: ignore[assignment]


@dataclass(slots=True)
class WithConstraint:
    kind: str                      # "type", "type:=", "module", "module:="
    name: LongIdent
    params: list[str] = field(default_factory=list)
    type: Optional[TypeExpr] = None
    module: Optional[LongIdent] = None
    loc: Location = _loc()


@dataclass(slots=True)
class MTWith(ModuleType):
    type: ModuleType = None  # type: ignore[assignment]
    constraints: list[WithConstraint] = field(default_factory=list)


@dataclass(slots=True)
class MTTypeOf(ModuleType):
    module: ModuleExpr = None  # type: ignore[assignment]


# -- structure and signature items ---------------------------------------------

@dataclass(slots=True)
class StructureItem:
    loc: Location = _loc()


@dataclass(slots=True)
class SEval(StructureItem):
    expr: Expr = None  # type: ignore[assignment]
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SValue(StructureItem):
    rec: bool = False
    bindings: list[ValueBinding] = field(default_factory=list)


@dataclass(slots=True)
class SType(StructureItem):
    nonrec: bool = False
    decls: list[TypeDecl] = field(default_factory=list)


@dataclass(slots=True)
class SException(StructureItem):
    ctor: ConstructorDecl = None  # type: ignore[assignment]
    rebind: Optional[LongIdent] = None    # exception E = M.E
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SExternal(StructureItem):
    name: str = ""
    type: TypeExpr = None  # type: ignore[assignment]
    prims: list[str] = field(default_factory=list)
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SModule(StructureItem):
    name: str = ""
    module: ModuleExpr = None  # type: ignore[assignment]
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SRecModule(StructureItem):
    bindings: list[tuple[str, ModuleType, ModuleExpr]] = field(default_factory=list)


@dataclass(slots=True)
class SModuleType(StructureItem):
    name: str = ""
    type: Optional[ModuleType] = None
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SOpen(StructureItem):
    module: ModuleExpr = None  # type: ignore[assignment]
    override: bool = False
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SInclude(StructureItem):
    module: ModuleExpr = None  # type: ignore[assignment]
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SAttribute(StructureItem):
    attr: Attribute = None  # type: ignore[assignment]


@dataclass(slots=True)
class SignatureItem:
    loc: Location = _loc()


@dataclass(slots=True)
class SigValue(SignatureItem):
    name: str = ""
    type: TypeExpr = None  # type: ignore[assignment]
    prims: list[str] = field(default_factory=list)   # non-empty for "external"
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SigType(SignatureItem):
    nonrec: bool = False
    decls: list[TypeDecl] = field(default_factory=list)


@dataclass(slots=True)
class SigException(SignatureItem):
    ctor: ConstructorDecl = None  # type: ignore[assignment]
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SigModule(SignatureItem):
    name: str = ""
    type: ModuleType = None  # type: ignore[assignment]
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SigModuleType(SignatureItem):
    name: str = ""
    type: Optional[ModuleType] = None
    attrs: list[Attribute] = field(default_factory=list)


@dataclass(slots=True)
class SigOpen(SignatureItem):
    module: LongIdent = ()
    override: bool = False


@dataclass(slots=True)
class SigInclude(SignatureItem):
    type: ModuleType = None  # type: ignore[assignment]


@dataclass(slots=True)
class SigAttribute(SignatureItem):
    attr: Attribute = None  # type: ignore[assignment]


# -- toplevel phrases ----------------------------------------------------------

@dataclass(slots=True)
class Directive:
    """``#name arg;;`` in the toplevel."""
    name: str
    arg: Optional[Union[str, int, LongIdent, bool]] = None
    loc: Location = _loc()


Structure = list[StructureItem]
Signature = list[SignatureItem]


# -- fast construction -----------------------------------------------------------

def _maker(cls: type):
    """A function that builds a ``cls`` exactly as calling the class does
    (same parameters, same defaults and default factories), without the
    cost of calling a class with keywords (the parser and the type checker
    build thousands of nodes).  None when ``cls`` is not a plain dataclass."""
    import dataclasses
    import inspect
    # (dataclasses' private names, as of Python 3.11: none, no maker)
    plain = getattr(dataclasses, "_FIELD", None)
    has_factory = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", None)
    if plain is None or has_factory is None or not dataclasses.is_dataclass(cls) \
            or cls.__dataclass_params__.frozen \
            or hasattr(cls, "__post_init__") or cls.__new__ is not object.__new__ \
            or cls.__init__.__qualname__ != f"{cls.__qualname__}.__init__" \
            or any(getattr(f, "_field_type", None) is not plain
                   for f in cls.__dataclass_fields__.values()):
        return None
    scope: dict = {"_new": object.__new__, "_cls": cls, "_HAS": has_factory}
    params: list[str] = []
    star = False
    for p in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if p.name in ("o", "make") or p.name.startswith("_"):
            return None         # would clash with the maker's own names
        if p.kind is p.KEYWORD_ONLY and not star:
            params.append("*")
            star = True
        elif p.kind is not p.POSITIONAL_OR_KEYWORD and p.kind is not p.KEYWORD_ONLY:
            return None
        if p.default is p.empty:
            params.append(p.name)
        else:
            scope[f"_d_{p.name}"] = p.default
            params.append(f"{p.name}=_d_{p.name}")
    body = ["    o = _new(_cls)"]
    for f in dataclasses.fields(cls):
        factory = f.default_factory is not dataclasses.MISSING
        if factory:
            scope[f"_f_{f.name}"] = f.default_factory
        if f.init:
            value = f"_f_{f.name}() if {f.name} is _HAS else {f.name}" if factory else f.name
        elif factory:
            value = f"_f_{f.name}()"
        elif f.default is not dataclasses.MISSING:
            scope[f"_v_{f.name}"] = f.default
            value = f"_v_{f.name}"
        else:
            continue
        body.append(f"    o.{f.name} = {value}")
    exec(f"def make({', '.join(params)}):\n" + "\n".join(body) + "\n    return o", scope)
    make = scope["make"]
    make.__name__ = make.__qualname__ = cls.__name__
    return make


class Makers:
    """``Makers(module).X(...)`` builds the dataclass ``module.X`` as
    ``module.X(...)`` does, faster (see _maker); other names are the
    module's own."""

    def __init__(self, module) -> None:
        self._module = module

    def __getattr__(self, name: str):
        obj = getattr(self._module, name)
        made = _maker(obj) if isinstance(obj, type) else None
        value = obj if made is None else made
        setattr(self, name, value)
        return value
