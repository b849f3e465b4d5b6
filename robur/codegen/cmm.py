"""Cmm: the low-level, machine-word IR between closure-converted lambda and
instruction selection (after OCaml's ``asmcomp/cmm.mli``).

Everything is explicit here: tagging (an OCaml int n is the word 2n+1),
header words, allocation, loads and stores at byte offsets, calls to code
symbols, trap frames.  Each variable has a *kind* that tells the register
allocator and the frame tables what its bits are:

- ``val``   a valid OCaml value (tagged int or pointer to a block): a GC root
            when it is live across a call or an allocation;
- ``int``   raw machine integer, never scanned;
- ``addr``  a derived pointer into a block: never scanned, so cmmgen never
            keeps one live across a point that may GC;
- ``float`` an unboxed double (an xmm register).

A function (``Fundecl``) takes its parameters in the OCaml registers; data
items (``DataItem``) are static blocks: headers, words, symbols, bytes.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional, Union

from ..syntax.location import Location, NOWHERE

_stamps = itertools.count(1)

KINDS = ("val", "int", "addr", "float")


@dataclass(frozen=True, slots=True, eq=False)
class CVar:
    """Only ``fresh`` makes them, one object per stamp: they compare and
    hash by identity (in C: the back end looks them up at every use)."""
    name: str
    stamp: int
    kind: str = "val"

    @staticmethod
    def fresh(name: str, kind: str = "val") -> "CVar":
        assert kind in KINDS, kind
        # the slots filled directly: a frozen dataclass's __init__ goes
        # through object.__setattr__, and this runs for every temporary
        v = _new(CVar)
        _set_name(v, name)
        _set_stamp(v, next(_stamps))
        _set_kind(v, kind)
        return v

    def __str__(self) -> str:
        return f"{self.name}/{self.stamp}" + ("" if self.kind == "val" else f":{self.kind}")


_new = object.__new__
_set_name, _set_stamp, _set_kind = CVar.name.__set__, CVar.stamp.__set__, CVar.kind.__set__  # type: ignore[attr-defined]


# -- expressions ---------------------------------------------------------------

class Expr:
    __slots__ = ()


@dataclass(slots=True, eq=False)
class Const(Expr):
    value: int                       # a raw machine word


@dataclass(slots=True, eq=False)
class ConstSym(Expr):
    name: str                        # the address of a symbol (a static block: kind val)
    offset: int = 0
    kind: str = "val"                # "int" for code addresses (never GC roots)


@dataclass(slots=True, eq=False)
class ConstFloat(Expr):
    value: float


@dataclass(slots=True, eq=False)
class Var(Expr):
    var: CVar


@dataclass(slots=True, eq=False)
class Let(Expr):
    var: CVar
    value: Expr
    body: Expr


@dataclass(slots=True, eq=False)
class Assign(Expr):
    var: CVar
    value: Expr


@dataclass(slots=True, eq=False)
class Op(Expr):
    """An operation; ``op`` is one of OPS, ``arg`` its static parameter."""
    op: str
    args: list
    arg: object = None
    loc: Location = NOWHERE


@dataclass(slots=True, eq=False)
class Seq(Expr):
    first: Expr
    second: Expr


@dataclass(slots=True, eq=False)
class If(Expr):
    cond: Expr                       # a raw word: 0 is false
    then: Expr
    else_: Expr


@dataclass(slots=True, eq=False)
class Switch(Expr):
    """Dispatch on a raw index in [0, len(index)): ``actions[index[i]]``."""
    scrutinee: Expr
    index: list[int]
    actions: list[Expr]


@dataclass(slots=True, eq=False)
class Catch(Expr):
    """``body``, where ``Exit(label, args)`` jumps to ``handler`` with
    ``params`` bound to the args (static exceptions, loops)."""
    label: int
    params: list[CVar]
    body: Expr
    handler: Expr


@dataclass(slots=True, eq=False)
class Exit(Expr):
    label: int
    args: list


@dataclass(slots=True, eq=False)
class TryWith(Expr):
    body: Expr
    var: CVar
    handler: Expr


# Ops: name -> (result kind, description).  Comparisons yield raw 0/1.
OPS: dict[str, tuple[str, str]] = {
    "add": ("int", ""), "sub": ("int", ""), "mul": ("int", ""),
    "div": ("int", "signed; divisor checked non-zero by cmmgen"), "mod": ("int", ""),
    "and": ("int", ""), "or": ("int", ""), "xor": ("int", ""),
    "lsl": ("int", ""), "lsr": ("int", ""), "asr": ("int", ""),
    "cmp": ("int", "arg: eq ne lt le gt ge ltu leu gtu geu"),
    "addf": ("float", ""), "subf": ("float", ""), "mulf": ("float", ""), "divf": ("float", ""),
    "negf": ("float", ""), "absf": ("float", ""), "sqrtf": ("float", "sqrtsd"), "cmpf": ("int", "arg: eq ne lt le gt ge"),
    "floatofint": ("float", ""), "intoffloat": ("int", ""),
    "load": ("?", "arg: val | int | float | byte; args [address]"),
    "store": ("int", "arg: val | int | float | byte; args [address, value]"),
    "alloc": ("val", "arg: (header, field kinds); args: the fields"),
    "call": ("val", "arg: CallInfo; args: [closure-or-code..., arguments]"),
    "extcall": ("?", "arg: ExtInfo; args: C arguments"),
    "raise": ("int", "args [exn]"),
    "checkbound": ("int", "args [length, index] (raw): raise unless index <u length"),
}


@dataclass(frozen=True, slots=True)
class CallInfo:
    """A call of OCaml code: to a symbol (``direct``) or through the code
    pointer that is args[0]; the callee's arguments follow."""
    direct: Optional[str] = None
    tail: bool = False


@dataclass(frozen=True, slots=True)
class ExtInfo:
    """A call of a C function: through caml_c_call when it may allocate or
    raise (``alloc``), else directly."""
    name: str
    alloc: bool = True
    result: str = "val"


_LOAD_KINDS = {"val": "val", "float": "float"}     # other loads give raw integers


def kind_of(e: Expr) -> str:
    """The kind of an expression's result (best effort, for temporaries)."""
    t = type(e)
    # a chain of lets and sequences has the kind of its end
    while t is Let or t is Seq:
        e = e.body if t is Let else e.second
        t = type(e)
    if t is Var:
        return e.var.kind
    if t is Op:
        if e.op == "load":
            return _LOAD_KINDS.get(e.arg, "int")
        if e.op == "extcall":
            return e.arg.result
        if isinstance(e.arg, str) and e.arg in KINDS and e.op != "store":
            return e.arg
        return OPS[e.op][0]
    if t is ConstSym:
        return e.kind
    if t is ConstFloat:
        return "float"
    if t is If:
        return _join_kinds([kind_of(e.then), kind_of(e.else_)])
    if t is Catch or t is TryWith:
        return _join_kinds([kind_of(e.body), kind_of(e.handler)])
    if t is Switch:
        return _join_kinds([kind_of(a) for a in e.actions]) if e.actions else "int"
    return "int"


def _join_kinds(ks: list[str]) -> str:
    """The kind of a value coming from several branches: val if any is
    (a GC root must be scanned), else the first's."""
    return "val" if "val" in ks else ks[0]


# -- top level -----------------------------------------------------------------

@dataclass(slots=True, eq=False)
class Fundecl:
    name: str                        # the code symbol
    params: list[CVar]
    body: Expr
    loc: Location = NOWHERE
    exported: bool = False


@dataclass(frozen=True, slots=True)
class DHeader:
    wosize: int
    tag: int                         # emitted black: static blocks are never marked


@dataclass(frozen=True, slots=True)
class DLabel:
    name: str
    glob: bool = False


@dataclass(frozen=True, slots=True)
class DWord:
    value: Union[int, str]           # a number or a symbol


@dataclass(frozen=True, slots=True)
class DFloat:
    value: float


@dataclass(frozen=True, slots=True)
class DBytes:
    value: bytes


DataItem = Union[DHeader, DLabel, DWord, DFloat, DBytes]


@dataclass(slots=True)
class Unit:
    """A compilation unit in cmm: its functions (the entry initialises the
    module block) and its static data."""
    name: str
    functions: list[Fundecl] = field(default_factory=list)
    data: list[DataItem] = field(default_factory=list)
    entry: str = ""                  # the initialiser's symbol
    apply_arities: set = field(default_factory=set)
    curry_arities: set = field(default_factory=set)
    source: str = ""                 # file name for .file
    globals: set = field(default_factory=set)   # the units whose blocks the code reads


# -- printer -------------------------------------------------------------------

def show(e: Expr, ind: int = 0) -> str:
    pad = "\n" + "  " * (ind + 1)

    def s(x: Expr) -> str:
        return show(x, ind + 1)

    if isinstance(e, Const):
        return str(e.value)
    if isinstance(e, ConstSym):
        return f'"{e.name}"'
    if isinstance(e, ConstFloat):
        return repr(e.value)
    if isinstance(e, Var):
        return str(e.var)
    if isinstance(e, Let):
        return f"(let {e.var} {s(e.value)}{pad}{s(e.body)})"
    if isinstance(e, Assign):
        return f"(assign {e.var} {s(e.value)})"
    if isinstance(e, Op):
        a = ""
        if e.arg is not None:
            a = f"[{e.arg.name if isinstance(e.arg, ExtInfo) else (e.arg.direct or '*') + (' tail' if e.arg.tail else '') if isinstance(e.arg, CallInfo) else e.arg}]"
        return f"({e.op}{a}" + "".join(" " + s(x) for x in e.args) + ")"
    if isinstance(e, Seq):
        return f"(seq {s(e.first)}{pad}{s(e.second)})"
    if isinstance(e, If):
        return f"(if {s(e.cond)}{pad}{s(e.then)}{pad}{s(e.else_)})"
    if isinstance(e, Switch):
        cases = "".join(f"{pad}case {i}: {s(a)}" for i, a in enumerate(e.actions))
        return f"(switch {s(e.scrutinee)} index {e.index}{cases})"
    if isinstance(e, Catch):
        ps = " ".join(map(str, e.params))
        return f"(catch {s(e.body)}{pad}with ({e.label} {ps}) {s(e.handler)})"
    if isinstance(e, Exit):
        return f"(exit {e.label}" + "".join(" " + s(x) for x in e.args) + ")"
    if isinstance(e, TryWith):
        return f"(try {s(e.body)}{pad}with {e.var} {s(e.handler)})"
    raise TypeError(e)


def show_unit(u: Unit) -> str:
    out = []
    for f in u.functions:
        out.append(f"(function {f.name} ({' '.join(map(str, f.params))})\n  {show(f.body, 1)})")
    if u.data:
        out.append("(data " + " ".join(
            f"{x.name}:" if isinstance(x, DLabel) else
            f"header({x.wosize},{x.tag})" if isinstance(x, DHeader) else
            repr(getattr(x, 'value')) for x in u.data) + ")")
    return "\n".join(out) + "\n"
