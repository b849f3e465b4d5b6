"""``external`` declarations → lambda primitives (OCaml's translprim.ml).

An external whose name starts with ``%`` is a compiler primitive: applied
to all its arguments it becomes a ``Prim`` (``%addint`` → ``addint``), and
the comparison family (``%equal``, ``%lessthan``, ``%compare``...) is
specialised by the type of its first argument, as OCaml's translcore does:
on int/char/bool/unit and constant-only variants it is ``intcomp``, on
float ``floatcomp``, on string a call of the runtime's string comparison;
otherwise the polymorphic runtime comparison (``caml_equal``...).  Any other
name (``caml_sqrt_float``) is a C primitive of the runtime, called with
``ccall``.  A primitive that is not fully applied is eta-expanded into a
Function by the caller (translcore.py), using ``arity``.
"""
from __future__ import annotations

from typing import Callable, Optional

from ..syntax.location import Location
from ..typing import predef
from ..typing.env import LookupError_, find_type
from ..typing.types import ARROW, CONSTR, TUPLE, Type, TypeDecl
from ..typing.unify import expand_head
from . import ir as L

# %-primitives that map one to one onto an IR primitive: name -> (op, arg).
SIMPLE: dict[str, tuple[str, object]] = {
    "%identity": ("identity", None), "%ignore": ("ignore", None),
    "%boolnot": ("not", None), "%negint": ("negint", None),
    "%addint": ("addint", None), "%subint": ("subint", None), "%mulint": ("mulint", None),
    "%divint": ("divint", None), "%modint": ("modint", None),
    "%andint": ("andint", None), "%orint": ("orint", None), "%xorint": ("xorint", None),
    "%lslint": ("lslint", None), "%lsrint": ("lsrint", None), "%asrint": ("asrint", None),
    "%succint": ("offsetint", 1), "%predint": ("offsetint", -1),
    "%negfloat": ("negfloat", None), "%absfloat": ("absfloat", None),
    "%addfloat": ("addfloat", None), "%subfloat": ("subfloat", None),
    "%mulfloat": ("mulfloat", None), "%divfloat": ("divfloat", None),
    "%floatofint": ("floatofint", None), "%intoffloat": ("intoffloat", None),
    "%string_length": ("stringlength", None), "%bytes_length": ("byteslength", None),
    "%string_safe_get": ("stringrefs", None), "%string_unsafe_get": ("stringrefu", None),
    "%bytes_safe_get": ("bytesrefs", None), "%bytes_unsafe_get": ("bytesrefu", None),
    "%bytes_safe_set": ("bytessets", None), "%bytes_unsafe_set": ("bytessetu", None),
    "%bytes_of_string": ("identity", None), "%bytes_to_string": ("identity", None),
    "%field0": ("field", 0), "%field1": ("field", 1), "%setfield0": ("setfield", 0),
    "%makemutable": ("makeblock", (0, True)),
    "%incr": ("offsetref", 1), "%decr": ("offsetref", -1),
    "%raise": ("raise", "regular"), "%reraise": ("raise", "reraise"),
    "%raise_notrace": ("raise", "notrace"),
    "%sequand": ("sequand", None), "%sequor": ("sequor", None),
    "%eq": ("intcomp", "eq"), "%noteq": ("intcomp", "ne"),
}

ARRAY_PRIMS = {"%array_length": "arraylength", "%array_safe_get": "arrayrefs",
               "%array_safe_set": "arraysets", "%array_unsafe_get": "arrayrefu",
               "%array_unsafe_set": "arraysetu"}

# comparison primitive -> (comparison, C function for the generic case,
# C function for strings)
COMPARISONS: dict[str, tuple[str, str, str]] = {
    "%equal": ("eq", "caml_equal", "caml_string_equal"),
    "%notequal": ("ne", "caml_notequal", "caml_string_notequal"),
    "%lessthan": ("lt", "caml_lessthan", "caml_string_lessthan"),
    "%lessequal": ("le", "caml_lessequal", "caml_string_lessequal"),
    "%greaterthan": ("gt", "caml_greaterthan", "caml_string_greaterthan"),
    "%greaterequal": ("ge", "caml_greaterequal", "caml_string_greaterequal"),
    "%compare": ("compare", "caml_compare", "caml_string_compare"),
}


def arity_of_type(t: Type) -> int:
    """How many arrows the (external's) type has at its head."""
    n = 0
    t = expand_head(t)
    while t.kind == ARROW:
        n += 1
        t = expand_head(t.args[1])
    return n


def first_arg_type(t: Type) -> Optional[Type]:
    t = expand_head(t)
    return t.args[0] if t.kind == ARROW else None


def scalar_kind(t: Optional[Type]) -> str:
    """'int' (immediate: int, char, bool, unit, constant-only variants),
    'float', 'string', or 'any' (unknown or boxed)."""
    if t is None:
        return "any"
    t = expand_head(t)
    if t.kind != CONSTR:
        return "any"
    p = t.path
    if p is predef.path_int or p is predef.path_char or p is predef.path_bool or p is predef.path_unit:
        return "int"
    if p is predef.path_float:
        return "float"
    if p is predef.path_string:
        return "string"
    try:
        decl = find_type(p)
    except LookupError_:
        return "any"
    if isinstance(decl, TypeDecl) and decl.kind == "variant" and decl.constructors and all(
            not c.args and c.record is None for c in decl.constructors):
        return "int"
    return "any"


def array_kind(t: Optional[Type]) -> str:
    """The element kind of an array type (makearray's arg): 'float' arrays
    are flat, 'int' hold immediates, 'addr' other known blocks, 'gen'
    unknown (the runtime checks the tag)."""
    if t is None:
        return "gen"
    t = expand_head(t)
    if t.kind != CONSTR or t.path is not predef.path_array or not t.args:
        return "gen"
    return element_kind(t.args[0])


def element_kind(elt: Type) -> str:
    """'int', 'float', 'addr' (never a float: blocks, or immediates mixed
    with blocks) or 'gen' (abstract or a type variable: could be a float)."""
    k = scalar_kind(elt)
    if k in ("int", "float"):
        return k
    e = expand_head(elt)
    if e.kind in (ARROW, TUPLE):
        return "addr"
    if e.kind != CONSTR:
        return "gen"
    if e.path in (predef.path_string, predef.path_bytes, predef.path_array, predef.path_exn):
        return "addr"
    try:
        decl = find_type(e.path)
    except LookupError_:
        return "gen"
    return "addr" if decl.kind in ("variant", "record") else "gen"


# Runtime functions that neither allocate nor raise (OCaml's [@@noalloc]):
# called directly, without caml_c_call.
NOALLOC = {"caml_int_compare", "caml_float_compare", "caml_string_equal", "caml_string_notequal",
           "caml_string_compare", "caml_string_lessthan", "caml_string_lessequal",
           "caml_string_greaterthan", "caml_string_greaterequal"}


def ccall(name: str, args: list[L.Lam], loc: Location, arity: Optional[int] = None) -> L.Lam:
    n = arity if arity is not None else len(args)
    return L.Prim("ccall", args, L.External(name, n, name not in NOALLOC), loc=loc)


def translate(prim: list[str], ext_type: Type, args: list[L.Lam], loc: Location,
              loc_info: Callable[[str], L.Lam]) -> L.Lam:
    """The primitive ``prim`` (an external's names) applied to exactly its
    arity's worth of ``args``.  ``ext_type`` is the external's type at this
    use (instantiated, so comparisons see the argument types); ``loc_info``
    answers ``%loc_*``."""
    name = prim[0]
    if name in SIMPLE:
        op, arg = SIMPLE[name]
        if op == "makeblock":
            return L.Prim("makeblock", args, (0, True), loc=loc)
        return L.Prim(op, args, arg, loc=loc)
    if name == "%apply":
        return L.Apply(args[0], args[1:], loc=loc)
    if name == "%revapply":
        return L.Apply(args[1], [args[0]], loc=loc)
    if name in ARRAY_PRIMS:
        return L.Prim(ARRAY_PRIMS[name], args, array_kind(first_arg_type(ext_type)), loc=loc)
    if name == "%lazy_force":
        return lazy_force(args[0], loc)
    if name in COMPARISONS:
        return comparison(name, scalar_kind(first_arg_type(ext_type)), args, loc)
    if name.startswith("%loc_"):
        return loc_info(name[5:])
    if name.startswith("%"):
        # Unknown compiler primitive: the runtime is expected to provide it
        # under its %-less name (documented in docs/lambda.md).
        return ccall("caml_" + name[1:], args, loc)
    unboxed = len(prim) > 1 and scalar_kind(first_arg_type(ext_type)) == "float"
    return L.Prim("ccall", args, L.External(name, len(args), True, unboxed), loc=loc)


def comparison(name: str, kind: str, args: list[L.Lam], loc: Location) -> L.Lam:
    cmp, generic, string_fn = COMPARISONS[name]
    if cmp == "compare":
        if kind == "int":
            return ccall("caml_int_compare", args, loc)
        if kind == "float":
            return ccall("caml_float_compare", args, loc)
        if kind == "string":
            return ccall(string_fn, args, loc)
        return ccall(generic, args, loc)
    if kind == "int":
        return L.Prim("intcomp", args, cmp, loc=loc)
    if kind == "float":
        return L.Prim("floatcomp", args, cmp, loc=loc)
    if kind == "string":
        return ccall(string_fn, args, loc)
    return ccall(generic, args, loc)


LAZY_TAG, FORWARD_TAG = 246, 250


def lazy_force(value: L.Lam, loc: Location) -> L.Lam:
    """Force a lazy value, inline, as OCaml's %lazy_force and
    CamlinternalLazy do: an immediate or a block of another tag is already
    a value; a Forward block holds it in field 0; a Lazy block holds a
    closure of unit, whose result overwrites the block, which becomes a
    Forward block (``caml_obj_make_forward``).  If the closure raises, the
    block is made to raise the same exception when forced again."""
    v = L.Var.fresh("lazy")
    closure = L.Var.fresh("thunk")
    result = L.Var.fresh("forced")
    exn = L.Var.fresh("exn")
    ignored = L.Var.fresh("unit")
    run = L.Let(result, L.Apply(L.Local(closure), [L.Const(L.CInt(0))], loc=loc),
                L.Seq(ccall("caml_obj_make_forward", [L.Local(v), L.Local(result)], loc),
                      L.Local(result), loc=loc), loc=loc)
    reraise_later = L.Function([ignored], L.Prim("raise", [L.Local(exn)], "reraise", loc=loc),
                               "lazy_raise", loc=loc)
    failed = L.Seq(L.Prim("setfield", [L.Local(v), reraise_later], 0, loc=loc),
                   L.Prim("raise", [L.Local(exn)], "reraise", loc=loc), loc=loc)
    force = L.Let(closure, L.Prim("field", [L.Local(v)], 0, loc=loc),
                  L.TryWith(run, exn, failed, loc=loc), loc=loc)
    switch = L.Switch(L.Local(v), [], [(LAZY_TAG, force),
                                       (FORWARD_TAG, L.Prim("field", [L.Local(v)], 0, loc=loc))],
                      L.Local(v), 1, 0, loc=loc)  # num_consts=1: an immediate is a value too
    return L.Let(v, value, switch, loc=loc)
