"""The lambda intermediate language: untyped, explicit, close to OCaml's.

Typed trees are translated into this (translcore.py); pattern matching
becomes switches and static exits (matching.py); closure conversion and the
backends start from here.  Like ``lambda/lambda.mli`` in the OCaml compiler,
it is plain data with a printer (``robur check --dump=lambda``).

Representation decisions (the contract with the backends and the runtime,
see docs/runtime.md for the value layout):

- Values are OCaml's: immediate ints (and chars, bools, unit, constant
  constructors) are tagged 63-bit integers; everything else is a block with
  a header.  Constant constructors are numbered from 0 in declaration order,
  non-constant ones are blocks tagged from 0 in declaration order.
- A compilation unit is a block of its exported values (the *module block*),
  held by a global symbol named by ``unit_symbol``.  **Every reference to a
  value of another unit loads it from that block at the time of use**
  (``Prim("field", [Global unit], pos)``) — never a direct call — so that
  reloading a unit (robur dev, the REPL) rebinds every later use from other
  units to the new code.  Inside a unit, known functions are called directly.
- Exceptions are blocks ``[| name_string; id |]`` tagged Object_tag (248),
  as in OCaml; an exception with arguments is a block whose field 0 is that
  identity block.
- ``Apply`` is a full or partial or over application, with OCaml's
  semantics; arguments are evaluated right to left and the function
  expression last, as ocamlopt does.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional, Union

from ..syntax.location import Location, NOWHERE

_stamps = itertools.count(1)


@dataclass(frozen=True, slots=True, eq=False)
class Var:
    """A variable: unique by stamp, named for printing and debugging.  Only
    ``fresh`` makes them, so each is its own object and compares and hashes
    by identity (in C: the passes look variables up at every node)."""
    name: str
    stamp: int

    @staticmethod
    def fresh(name: str) -> "Var":
        # the slots filled directly: a frozen dataclass's __init__ goes
        # through object.__setattr__, and this runs for every variable
        v = _new(Var)
        _set_name(v, name)
        _set_stamp(v, next(_stamps))
        return v

    def __str__(self) -> str:
        return f"{self.name}/{self.stamp}"


_new = object.__new__
_set_name, _set_stamp = Var.name.__set__, Var.stamp.__set__  # type: ignore[attr-defined]


# -- structured constants (allocated statically by the backend) ---------------

@dataclass(frozen=True, slots=True)
class CInt:
    value: int               # untagged; the backend tags it


@dataclass(frozen=True, slots=True)
class CFloat:
    text: str                # as written (OCaml's float_of_string applies)


@dataclass(frozen=True, slots=True)
class CString:
    value: bytes


@dataclass(frozen=True, slots=True)
class CBoxedInt:
    kind: str                # "int32" | "int64" | "nativeint"
    value: int


@dataclass(frozen=True, slots=True)
class CBlock:
    tag: int
    fields: tuple


@dataclass(frozen=True, slots=True)
class CFloatArray:
    items: tuple[str, ...]


Constant = Union[CInt, CFloat, CString, CBoxedInt, CBlock, CFloatArray]


# -- terms ---------------------------------------------------------------------

@dataclass(slots=True, eq=False)
class Lam:
    loc: Location = field(default=NOWHERE, kw_only=True, repr=False)


@dataclass(slots=True, eq=False)
class Local(Lam):
    var: Var = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class Global(Lam):
    """The module block of a compilation unit (``unit_symbol(name)``)."""
    unit: str = ""


@dataclass(slots=True, eq=False)
class Const(Lam):
    value: Constant = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class Apply(Lam):
    fn: Lam = None  # type: ignore[assignment]
    args: list[Lam] = field(default_factory=list)
    tail: bool = False       # in tail position: the backend emits a jump


@dataclass(slots=True, eq=False)
class Function(Lam):
    params: list[Var] = field(default_factory=list)
    body: Lam = None  # type: ignore[assignment]
    name: str = ""           # for symbols, backtraces and `#trace`


@dataclass(slots=True, eq=False)
class Let(Lam):
    var: Var = None  # type: ignore[assignment]
    value: Lam = None  # type: ignore[assignment]
    body: Lam = None  # type: ignore[assignment]
    mutable: bool = False    # assigned with Assign (for-loop counters, refs made local)


@dataclass(slots=True, eq=False)
class LetRec(Lam):
    bindings: list[tuple[Var, Lam]] = field(default_factory=list)
    body: Lam = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class Prim(Lam):
    """A primitive operation; ``op`` is one of PRIMITIVES (or "ccall")."""
    op: str = ""
    args: list[Lam] = field(default_factory=list)
    arg: object = None       # the static parameter: a field index, a tag, an External...


@dataclass(frozen=True, slots=True)
class External:
    """A C primitive of the runtime (``external f : ... = "caml_..."``)."""
    name: str
    arity: int
    alloc: bool = True       # may allocate or raise: called through caml_c_call
    unboxed_float: bool = False


@dataclass(slots=True, eq=False)
class Switch(Lam):
    """Dispatch on an immediate (``consts``: value -> action) and/or a block
    tag (``blocks``: tag -> action); ``default`` when no case applies."""
    scrutinee: Lam = None  # type: ignore[assignment]
    consts: list[tuple[int, Lam]] = field(default_factory=list)
    blocks: list[tuple[int, Lam]] = field(default_factory=list)
    default: Optional[Lam] = None
    num_consts: int = 0      # how many immediates the type has (for exhaustiveness)
    num_blocks: int = 0


@dataclass(slots=True, eq=False)
class StringSwitch(Lam):
    scrutinee: Lam = None  # type: ignore[assignment]
    cases: list[tuple[bytes, Lam]] = field(default_factory=list)
    default: Optional[Lam] = None


@dataclass(slots=True, eq=False)
class StaticRaise(Lam):
    """Jump to the handler ``label`` of an enclosing StaticCatch."""
    label: int = 0
    args: list[Lam] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class StaticCatch(Lam):
    body: Lam = None  # type: ignore[assignment]
    label: int = 0
    params: list[Var] = field(default_factory=list)
    handler: Lam = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class TryWith(Lam):
    body: Lam = None  # type: ignore[assignment]
    exn: Var = None  # type: ignore[assignment]
    handler: Lam = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class If(Lam):
    cond: Lam = None  # type: ignore[assignment]
    then: Lam = None  # type: ignore[assignment]
    else_: Lam = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class Seq(Lam):
    first: Lam = None  # type: ignore[assignment]
    second: Lam = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class While(Lam):
    cond: Lam = None  # type: ignore[assignment]
    body: Lam = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class For(Lam):
    var: Var = None  # type: ignore[assignment]
    start: Lam = None  # type: ignore[assignment]
    stop: Lam = None  # type: ignore[assignment]
    upward: bool = True
    body: Lam = None  # type: ignore[assignment]


@dataclass(slots=True, eq=False)
class Assign(Lam):
    var: Var = None  # type: ignore[assignment]
    value: Lam = None  # type: ignore[assignment]


_label_counter = itertools.count(1)


def fresh_label() -> int:
    return next(_label_counter)


# -- primitives ----------------------------------------------------------------
# name -> (arity, description).  Arithmetic is on tagged OCaml ints and wraps
# at 63 bits; the float ones work on boxed floats (the backend unboxes within
# a function).  "field"/"setfield" take the index in ``arg``.

PRIMITIVES: dict[str, tuple[int, str]] = {
    "makeblock": (-1, "allocate a block; arg = (tag, mutable)"),
    "makefloatblock": (-1, "allocate a flat float record"),
    "field": (1, "load field arg of a block"),
    "setfield": (2, "store field arg (with the write barrier)"),
    "floatfield": (1, "load field arg of a flat float record (boxes)"),
    "setfloatfield": (2, "store field arg of a flat float record"),
    "raise": (1, "raise an exception (arg = 'regular' | 'reraise' | 'notrace')"),
    "sequand": (2, "&&"), "sequor": (2, "||"), "not": (1, "boolean not"),
    "negint": (1, ""), "addint": (2, ""), "subint": (2, ""), "mulint": (2, ""),
    "divint": (2, "raises Division_by_zero"), "modint": (2, "raises Division_by_zero"),
    "andint": (2, ""), "orint": (2, ""), "xorint": (2, ""),
    "lslint": (2, ""), "lsrint": (2, ""), "asrint": (2, ""),
    "intcomp": (2, "arg = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'"),
    "offsetint": (1, "add the constant arg"), "offsetref": (1, "incr/decr a ref by arg"),
    "intoffloat": (1, ""), "floatofint": (1, ""),
    "negfloat": (1, ""), "absfloat": (1, ""), "addfloat": (2, ""), "subfloat": (2, ""),
    "mulfloat": (2, ""), "divfloat": (2, ""), "floatcomp": (2, "arg as for intcomp"),
    "stringlength": (1, ""), "stringrefs": (2, "bounds-checked"), "stringrefu": (2, ""),
    "byteslength": (1, ""), "bytesrefs": (2, "bounds-checked"), "bytessets": (3, "bounds-checked"),
    "bytesrefu": (2, ""), "bytessetu": (3, ""),
    "makearray": (-1, "arg = 'gen' | 'addr' | 'int' | 'float'"),
    "arraylength": (1, "arg as for makearray"), "arrayrefs": (2, "bounds-checked"),
    "arraysets": (3, "bounds-checked"), "arrayrefu": (2, ""), "arraysetu": (3, ""),
    "isint": (1, "is the value an immediate"), "isout": (2, "unsigned a > b (bounds checks)"),
    "ccall": (-1, "call the runtime primitive arg (an External)"),
    "identity": (1, "%identity"), "ignore": (1, "%ignore"),
    "boxedint": (-1, "Int32/Int64/Nativeint operation; arg = (kind, op)"),
    "getglobal": (0, "the module block of unit arg (same as Global)"),
    "setglobal": (1, "initialise the module block of the unit being compiled"),
}


def unit_symbol(unit: str) -> str:
    """The symbol of a unit's module block (``camlList`` for ``List``)."""
    return "caml" + unit
