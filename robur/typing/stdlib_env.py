"""The initial environment: predefined types and exceptions, and the Stdlib
(stdlib/stdlib.mli for the pervasives, stdlib/NAME.mli as Stdlib.Name),
opened.  Built once per process and shared: environments are persistent,
so every unit starts from the same object."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..syntax.lexer import read_source
from ..syntax.parser import parse_interface
from . import predef
from .env import Env, sig_components
from .types import Ident, MtySig, SigModule

STDLIB_DIR = Path(__file__).resolve().parents[2] / "stdlib"

# Submodules in dependency order (each may use the ones before it).
MODULES = ["seq", "option", "either", "result", "bool", "char", "list", "array", "bytes",
           "string", "int", "int32", "int64", "nativeint", "float", "fun", "lazy", "sys",
           "printexc", "random", "stack", "queue", "buffer", "printf", "format", "hashtbl",
           "map", "set"]


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


@lru_cache(maxsize=1)
def stdlib() -> tuple[Ident, Env]:
    """The Stdlib module's ident and the initial environment (Stdlib open)."""
    from .typemod import transl_signature
    base = predef_env()
    ctx = _Ctx()
    path = STDLIB_DIR / "stdlib.mli"
    items = transl_signature(ctx, base, parse_interface(read_source(str(path)), path.name))
    env = base.push()
    for it in items:
        env.bind_sig_item(it)
    for name in MODULES:
        p = STDLIB_DIR / f"{name}.mli"
        if not p.exists():
            continue
        sub = transl_signature(ctx, env, parse_interface(read_source(str(p)), p.name))
        ident = Ident(name.capitalize())
        item = SigModule(ident, MtySig(sub))
        env.bind_module(ident, item.mty)
        items.append(item)
    stdlib_id = Ident("Stdlib", glob=True)
    sig = MtySig(items)
    stdlib_id.data = sig
    initial = base.push()
    initial.bind_module(stdlib_id, sig)
    initial = Env(initial, sig_components(stdlib_id, sig))
    return stdlib_id, initial


def initial_env() -> Env:
    return stdlib()[1]
