"""The initial environment: predefined types and exceptions, and the Stdlib
(stdlib/stdlib.mli for the pervasives), opened.

As in OCaml, each stdlib/NAME.mli is its own compilation unit, the global
``Stdlib__Name``, and the Stdlib signature holds the module aliases
``module Name = Stdlib__Name``: an alias has no field in the Stdlib block,
so a program links only the units it uses (``List.map`` is a field of the
global ``Stdlib__List``).  Types print as ``Name.t`` (printtyp.path_name).

Built once per process and shared: environments are persistent, so every
unit starts from the same object."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..syntax.lexer import read_source
from ..syntax.parser import parse_interface
from . import predef
from .env import Env, sig_components
from .types import Ident, MtyAlias, MtySig, SigModule

STDLIB_DIR = Path(__file__).resolve().parents[2] / "stdlib"

# Submodules in dependency order (each may use the ones before it).
MODULES = ["seq", "option", "either", "result", "bool", "char", "uchar", "list", "array", "bytes",
           "string", "int", "int32", "int64", "nativeint", "float", "fun", "lazy", "sys",
           "printexc", "random", "stack", "queue", "buffer", "printf", "format", "gc", "hashtbl",
           "map", "set", "robur"]


def predef_env() -> Env:
    env = Env()
    for name, ident in predef.ids.items():
        env.bind_type(ident, ident.data)  # type: ignore[arg-type]
    for name, ident in predef.exn_ids.items():
        env.bind_exception(ident, ident.data)  # type: ignore[arg-type]
    return env


class _Ctx:
    def __init__(self) -> None:
        from .typetexp import TypeVars
        self.warnings: list = []
        self.tvars = TypeVars()


# unit name (Stdlib__List) -> its global ident, filled by stdlib()
_UNITS: dict[str, Ident] = {}


def unit_of_module(name: str) -> str:
    """The unit of the Stdlib submodule ``name``: List -> Stdlib__List."""
    return f"Stdlib__{name}"


def stdlib_units() -> dict[str, Ident]:
    """The global idents of the Stdlib's units, by unit name (``Stdlib``
    included), each holding its interface's signature."""
    stdlib()
    return dict(_UNITS)


@lru_cache(maxsize=1)
def stdlib() -> tuple[Ident, Env]:
    """The Stdlib module's ident and the initial environment (Stdlib open)."""
    from .typemod import transl_signature
    base = predef_env()
    ctx = _Ctx()
    path = STDLIB_DIR / "stdlib.mli"
    items = transl_signature(ctx, base, parse_interface(read_source(str(path)), path.name))
    stdlib_id = Ident("Stdlib", glob=True)
    pervasives = MtySig(list(items))
    stdlib_id.data = pervasives
    # The units' interfaces see the pervasives as Stdlib.x (the same paths
    # as user code sees) and the units before them as Stdlib__Name, which
    # prints as Name.
    env = Env(base.push(), sig_components(stdlib_id, pervasives)).push()
    for name in MODULES:
        p = STDLIB_DIR / f"{name}.mli"
        if not p.exists():
            continue
        sub = transl_signature(ctx, env, parse_interface(read_source(str(p)), p.name))
        unit = Ident(unit_of_module(name.capitalize()), glob=True)
        unit.data = MtySig(sub)
        env.table[("m", name.capitalize())] = (unit, unit.data)
        items.append(SigModule(Ident(name.capitalize()), MtyAlias(unit)))
        _UNITS[unit.name] = unit
    sig = MtySig(items)
    stdlib_id.data = sig
    _UNITS["Stdlib"] = stdlib_id
    initial = base.push()
    initial.bind_module(stdlib_id, sig)
    initial = Env(initial, sig_components(stdlib_id, sig))
    return stdlib_id, initial


def initial_env() -> Env:
    return stdlib()[1]
