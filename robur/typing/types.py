"""Semantic types: type expressions with levels and links, identifiers and
paths, type declarations, and the descriptions held by environments and
signatures (like OCaml's types.mli, ident.ml and path.ml).

A ``Type`` is a mutable node: unification links a variable to another type
(``kind == LINK``); ``repr`` follows links.  ``level`` implements efficient
generalisation: a variable whose level is above the current one after typing
a let-bound expression is generic (``GENERIC``).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional, Union

from ..syntax.location import Location, NOWHERE

GENERIC = 100_000_000

VAR, ARROW, TUPLE, CONSTR, LINK, POLY, UNIVAR = range(7)

_ids = itertools.count(1)


class Type:
    __slots__ = ("kind", "level", "link", "path", "args", "name", "id")

    def __init__(self, kind: int, level: int, args: list["Type"] | None = None,
                 path: "Path | None" = None, name: str | None = None):
        self.kind = kind
        self.level = level
        self.link: Optional[Type] = None
        self.path = path
        self.args = args if args is not None else []
        self.name = name          # user name of a variable ('a from an annotation)
        self.id = next(_ids)

    def __repr__(self) -> str:
        from .printtyp import type_to_string
        try:
            return f"<Type {type_to_string(self)}>"
        except Exception:   # noqa: BLE001 - debugging aid only
            return f"<Type kind={self.kind} id={self.id}>"


def repr_(t: Type) -> Type:
    while t.kind == LINK:
        t = t.link  # type: ignore[assignment]
    return t


def new_var(level: int, name: str | None = None) -> Type:
    return Type(VAR, level, name=name)


def arrow(a: Type, b: Type, level: int = GENERIC) -> Type:
    return Type(ARROW, level, [a, b])


def tuple_(items: list[Type], level: int = GENERIC) -> Type:
    return Type(TUPLE, level, items)


def constr(path: "Path", args: list[Type] | None = None, level: int = GENERIC) -> Type:
    return Type(CONSTR, level, args or [], path=path)


# -- identifiers and paths -----------------------------------------------------

_stamps = itertools.count(1)


class Ident:
    """A bound name.  Identity is the stamp; ``data`` holds what the ident is
    bound to when that never changes (a type's declaration, a module's type),
    so paths made of idents resolve without an environment walk."""

    __slots__ = ("name", "stamp", "data", "glob", "param")

    def __init__(self, name: str, glob: bool = False):
        self.name = name
        self.stamp = next(_stamps)
        self.data: object = None
        self.glob = glob          # a compilation unit or predefined
        self.param = False        # a functor parameter (cannot be aliased)

    def __repr__(self) -> str:
        return f"{self.name}/{self.stamp}"


class PDot(tuple):
    """``parent.name``."""
    __slots__ = ()

    def __new__(cls, parent: "Path", name: str):
        return tuple.__new__(cls, (parent, name))

    def __getnewargs__(self) -> tuple:   # pickling (the Stdlib env cache)
        return (self[0], self[1])

    @property
    def parent(self) -> "Path":
        return self[0]

    @property
    def name(self) -> str:
        return self[1]


class PApply(tuple):
    """``F(X)``: an applicative functor application, as a path."""
    __slots__ = ()

    def __new__(cls, fn: "Path", arg: "Path"):
        return tuple.__new__(cls, ("()", fn, arg))

    def __getnewargs__(self) -> tuple:
        return (self[1], self[2])

    @property
    def fn(self) -> "Path":
        return self[1]

    @property
    def arg(self) -> "Path":
        return self[2]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PApply) and tuple.__eq__(self, other)

    def __hash__(self) -> int:
        return tuple.__hash__(self)


Path = Union[Ident, PDot, PApply]


def path_last(p: Path) -> str:
    if isinstance(p, Ident):
        return p.name
    if isinstance(p, PDot):
        return p[1]
    return path_last(p.fn)


def path_head(p: Path) -> Ident:
    while not isinstance(p, Ident):
        p = p[0] if isinstance(p, PDot) else p.fn
    return p


# -- declarations --------------------------------------------------------------

@dataclass(eq=False)
class LabelDecl:
    name: str
    mutable: bool
    type: Type
    loc: Location = NOWHERE


@dataclass(eq=False)
class ConstrDecl:
    name: str
    args: list[Type]
    record: Optional[list[LabelDecl]] = None     # inline record argument
    loc: Location = NOWHERE


@dataclass(eq=False)
class TypeDecl:
    params: list[Type]
    kind: str = "abstract"                       # abstract | variant | record | open
    constructors: list[ConstrDecl] = field(default_factory=list)
    labels: list[LabelDecl] = field(default_factory=list)
    manifest: Optional[Type] = None
    private: bool = False
    variance: list[tuple[bool, bool]] = field(default_factory=list)   # (may be +, may be -)
    loc: Location = NOWHERE
    name: str = ""

    @property
    def arity(self) -> int:
        return len(self.params)


@dataclass(eq=False)
class ValueDesc:
    type: Type
    prims: list[str] = field(default_factory=list)    # non-empty for externals
    loc: Location = NOWHERE
    deprecated: Optional[str] = None                  # [@@ocaml.deprecated "..."]


@dataclass(eq=False)
class ConstrDesc:
    """A constructor as seen by expressions and patterns."""
    name: str
    res: Type                    # the variant type, with the declaration's params
    args: list[Type]
    tag: int                     # index among constant or non-constant constructors
    constant: bool
    nconsts: int
    nblocks: int
    type_path: Optional[Path]    # None for exceptions (type exn)
    decl: Optional[TypeDecl]
    record: Optional[list[LabelDecl]] = None
    ext_path: Optional[Path] = None   # an exception's own path
    loc: Location = NOWHERE


@dataclass(eq=False)
class LabelDesc:
    name: str
    res: Type                    # the record type
    arg: Type                    # the field's type
    mutable: bool
    pos: int
    all: list[str]               # every label of the record, in order
    type_path: Path
    decl: TypeDecl
    loc: Location = NOWHERE


# -- module types and signatures -----------------------------------------------

@dataclass(eq=False)
class SigValue:
    id: Ident
    desc: ValueDesc


@dataclass(eq=False)
class SigType:
    id: Ident
    decl: TypeDecl
    rec: str = "not"             # not | first | next  (printing "and")


@dataclass(eq=False)
class SigException:
    id: Ident
    decl: ConstrDecl


@dataclass(eq=False)
class SigModule:
    id: Ident
    mty: "ModType"
    rec: str = "not"


@dataclass(eq=False)
class SigModType:
    id: Ident
    mty: Optional["ModType"]


SigItem = Union[SigValue, SigType, SigException, SigModule, SigModType]


@dataclass(eq=False)
class MtySig:
    items: list[SigItem]
    cache: dict = field(default_factory=dict, repr=False)   # path -> components


@dataclass(eq=False)
class MtyFunctor:
    param: Optional[Ident]       # None for a generative functor "()"
    param_mty: Optional["ModType"]
    result: "ModType"
    applied: dict = field(default_factory=dict, repr=False)   # argument path -> result (env.py)


@dataclass(eq=False)
class MtyIdent:
    path: Path


@dataclass(eq=False)
class MtyAlias:
    path: Path


ModType = Union[MtySig, MtyFunctor, MtyIdent, MtyAlias]
