"""Predefined types and exceptions, as OCaml's Predef: the types the language
itself needs (int, list, exn, format6, ...) and the exceptions the runtime
raises."""
from __future__ import annotations

from .types import (GENERIC, ConstrDecl, Ident, TypeDecl, Type, constr, new_var, tuple_)

_ABSTRACT = ["int", "char", "string", "bytes", "float", "exn", "nativeint", "int32",
             "int64", "extension_constructor", "floatarray"]

ids: dict[str, Ident] = {}
for _n in _ABSTRACT + ["bool", "unit", "list", "option", "array", "lazy_t", "format6"]:
    ids[_n] = Ident(_n, glob=True)

path_int = ids["int"]
path_char = ids["char"]
path_string = ids["string"]
path_bytes = ids["bytes"]
path_float = ids["float"]
path_bool = ids["bool"]
path_unit = ids["unit"]
path_exn = ids["exn"]
path_list = ids["list"]
path_option = ids["option"]
path_array = ids["array"]
path_lazy = ids["lazy_t"]
path_format6 = ids["format6"]
path_nativeint = ids["nativeint"]
path_int32 = ids["int32"]
path_int64 = ids["int64"]


def current_level() -> int:
    """Replaced by unify.py: the level new type nodes are created at."""
    return GENERIC


def _c(path: Ident, args: list[Type] | None = None) -> Type:
    return constr(path, args, current_level())


def t_int() -> Type: return _c(path_int)
def t_char() -> Type: return _c(path_char)
def t_string() -> Type: return _c(path_string)
def t_bytes() -> Type: return _c(path_bytes)
def t_float() -> Type: return _c(path_float)
def t_bool() -> Type: return _c(path_bool)
def t_unit() -> Type: return _c(path_unit)
def t_exn() -> Type: return _c(path_exn)
def t_list(a: Type) -> Type: return _c(path_list, [a])
def t_option(a: Type) -> Type: return _c(path_option, [a])
def t_array(a: Type) -> Type: return _c(path_array, [a])
def t_lazy(a: Type) -> Type: return _c(path_lazy, [a])


def _decls() -> None:
    # invariant unless stated: (co, contra) = (True, True)
    for n in _ABSTRACT:
        ids[n].data = TypeDecl([], name=n)
    ids["bool"].data = TypeDecl([], "variant", [ConstrDecl("false", []), ConstrDecl("true", [])], name="bool")
    ids["unit"].data = TypeDecl([], "variant", [ConstrDecl("()", [])], name="unit")
    a = new_var(GENERIC)
    ids["list"].data = TypeDecl([a], "variant",
                                [ConstrDecl("[]", []), ConstrDecl("::", [a, constr(path_list, [a])])],
                                variance=[(True, False)], name="list")
    a = new_var(GENERIC)
    ids["option"].data = TypeDecl([a], "variant", [ConstrDecl("None", []), ConstrDecl("Some", [a])],
                                  variance=[(True, False)], name="option")
    ids["array"].data = TypeDecl([new_var(GENERIC)], variance=[(True, True)], name="array")
    ids["lazy_t"].data = TypeDecl([new_var(GENERIC)], variance=[(True, False)], name="lazy_t")
    ids["format6"].data = TypeDecl([new_var(GENERIC) for _ in range(6)],
                                   variance=[(True, True)] * 6, name="format6")


_decls()

# Exceptions: name -> argument types.
EXCEPTIONS: list[tuple[str, list[Type]]] = [
    ("Match_failure", [tuple_([t_string(), t_int(), t_int()])]),
    ("Assert_failure", [tuple_([t_string(), t_int(), t_int()])]),
    ("Invalid_argument", [t_string()]),
    ("Failure", [t_string()]),
    ("Not_found", []),
    ("Out_of_memory", []),
    ("Stack_overflow", []),
    ("Sys_error", [t_string()]),
    ("End_of_file", []),
    ("Division_by_zero", []),
    ("Sys_blocked_io", []),
    ("Undefined_recursive_module", [tuple_([t_string(), t_int(), t_int()])]),
]

exn_ids: dict[str, Ident] = {}
for _n, _args in EXCEPTIONS:
    _i = Ident(_n, glob=True)
    _i.data = ConstrDecl(_n, _args)
    exn_ids[_n] = _i

TYPE_NAMES = list(ids)


def t_int_path(p: Ident) -> Type:
    return _c(p)
