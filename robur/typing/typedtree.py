"""The typed tree: what the later stages (lambda, codegen) consume.

Plain data like OCaml's typedtree.mli, kept uniform: every expression and
pattern node records its construct (``kind``, the AST class name such as
"Apply" or "PConstruct"), its AST node (for the location and the syntax),
its type, its typed children, and the resolved meaning of names (``info``:
the value path and description of an identifier, the ConstrDesc of a
constructor, the LabelDescs of a record, ...).

Expressions (``TExpr.kind``: children; info)
  Ident: -; (path, ValueDesc)          Const, Format: -; the AST constant
  Tuple, Array: the items               Construct: the arguments; ConstrDesc
  Fun: [TCase]                           Function: the TCases
  Apply: [function] + arguments (``x |> f`` and ``f @@ x`` are ``f x``, as OCaml)
  Match: [scrutinee] + TCases            Try: [body] + TCases
  Let: [body]; the TBindings             Record: ([base] if ast.base) + field values; LabelDescs
  Field: [record]; LabelDesc             SetField: [record, value]; LabelDesc
  IfThenElse: [cond, then(, else)]       Sequence: [first, second]
  While: [cond, body]                    For: [start, stop, body]; the loop Ident (None for _)
  Constraint, Lazy, Assert, LetOpen: [inner]     AssertFalse: -
  LetModule: [TModule, body]; Ident      LetException: [body]; (Ident, ConstrDecl)
Patterns (``TPat.kind``)
  PAny; PVar, PAlias ([inner]): the bound Ident; PConst: the constant;
  PInterval; PTuple, PArray: items; PConstruct: args, ConstrDesc;
  PRecord: field patterns, LabelDescs; POr: [left, right], {name: Ident};
  PConstraint, PException, PLazy: [inner]
Structure items (``TItem.kind``)
  SValue: the TBindings; SEval: [TExpr]; SType: info = SigTypes;
  SException: info = (Ident, ConstrDecl), children = [ConstrDesc of the
  original] for ``exception E = M.F``; SExternal: info = (Ident, ValueDesc);
  SModule: [TModule]; Ident; SRecModule: TModules; Idents; SModuleType:
  Ident; SOpen: -; SInclude: [TModule]; the new SigItems.
Modules (``TModule.kind``)
  ident (info = the path), struct ([TStructure]), functor ([body]; the
  parameter's Ident), apply ([functor, argument]; the PApply path when both
  are paths), constraint ([module]).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..syntax import ast as A
from ..syntax.location import Location
from .types import Ident, ModType, Type


@dataclass(slots=True, eq=False)
class TExpr:
    kind: str
    ast: A.Expr
    type: Type
    children: list = field(default_factory=list)
    info: object = None

    @property
    def loc(self) -> Location:
        return self.ast.loc


@dataclass(slots=True, eq=False)
class TPat:
    kind: str
    ast: A.Pattern
    type: Type
    children: list = field(default_factory=list)
    info: object = None       # Ident for variables/aliases, ConstrDesc, LabelDescs...

    @property
    def loc(self) -> Location:
        return self.ast.loc


@dataclass(slots=True, eq=False)
class TCase:
    pat: TPat
    guard: Optional[TExpr]
    body: TExpr


@dataclass(slots=True, eq=False)
class TBinding:
    pat: TPat
    expr: TExpr
    vars: dict[str, tuple[Ident, Type]]


@dataclass(slots=True, eq=False)
class TModule:
    kind: str                  # "ident", "struct", "functor", "apply", "constraint"
    ast: A.ModuleExpr
    mty: ModType
    children: list = field(default_factory=list)
    info: object = None


@dataclass(slots=True, eq=False)
class TItem:
    """A structure item: kind is the AST class name ("SValue", "SType", ...)."""
    kind: str
    ast: A.StructureItem
    children: list = field(default_factory=list)
    info: object = None


@dataclass(slots=True, eq=False)
class TStructure:
    items: list[TItem]
    sig: list                  # the signature items it defines


def dump(node: object, indent: int = 0) -> str:
    """A readable dump of a typed tree (``robur check --dump=typed``)."""
    from .printtyp import type_to_string
    out: list[str] = []

    def go(x: object, d: int) -> None:
        pad = "  " * d
        if isinstance(x, TStructure):
            for it in x.items:
                go(it, d)
        elif isinstance(x, TItem):
            out.append(f"{pad}{x.kind} {_where(x.ast.loc)}")
            for c in x.children:
                go(c, d + 1)
            if isinstance(x.info, list):
                for c in x.info:
                    go(c, d + 1)
        elif isinstance(x, TBinding):
            out.append(f"{pad}binding")
            go(x.pat, d + 1)
            go(x.expr, d + 1)
        elif isinstance(x, TCase):
            out.append(f"{pad}case")
            go(x.pat, d + 1)
            if x.guard is not None:
                go(x.guard, d + 1)
            go(x.body, d + 1)
        elif isinstance(x, (TExpr, TPat)):
            name = ""
            if isinstance(x.info, Ident):
                name = " " + x.info.name
            elif isinstance(x.info, tuple) and x.info and isinstance(x.info[0], (Ident, tuple)):
                from .printtyp import path_name
                try:
                    name = " " + path_name(x.info[0])
                except Exception:  # noqa: BLE001 - a dump never fails
                    name = ""
            elif hasattr(x.info, "name") and isinstance(getattr(x.info, "name"), str):
                name = " " + x.info.name
            out.append(f"{pad}{x.kind}{name} : {type_to_string(x.type)} {_where(x.loc)}")
            for c in x.children:
                go(c, d + 1)
            if isinstance(x.info, list):
                for c in x.info:
                    if isinstance(c, (TBinding, TCase)):
                        go(c, d + 1)
        elif isinstance(x, TModule):
            out.append(f"{pad}module {x.kind} {_where(x.ast.loc)}")
            for c in x.children:
                go(c, d + 1)
        elif isinstance(x, list):
            for c in x:
                go(c, d)

    go(node, indent)
    return "\n".join(out)


def _where(loc: Location) -> str:
    return f"@{loc.line}:{loc.col}"
