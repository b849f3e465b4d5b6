"""The initial environment: predefined types and exceptions, and the Stdlib
(stdlib/stdlib.mli for the pervasives), opened.

As in OCaml, each stdlib/NAME.mli is its own compilation unit, the global
``Stdlib__Name``, and the Stdlib signature holds the module aliases
``module Name = Stdlib__Name``: an alias has no field in the Stdlib block,
so a program links only the units it uses (``List.map`` is a field of the
global ``Stdlib__List``).  Types print as ``Name.t`` (printtyp.path_name).

Built once per process and shared: environments are persistent, so every
unit starts from the same object.  Typing the 32 interfaces costs more than
compiling a typical program, so the result is also cached on disk (pickled,
keyed by the interfaces' text and robur's own digest); the predefined idents
are referred to by name in the cache, so that ``path is predef.path_int``
still holds for a loaded environment."""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

from ..syntax.lexer import read_source
from ..syntax.parser import parse_interface
from . import predef, types
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


_LOCK = threading.Lock()


def stdlib() -> tuple[Ident, Env]:
    """The Stdlib module's ident and the initial environment (Stdlib open).
    One per process: the REPL's boot thread and its reader may ask at the
    same time, and two copies would be two incompatible sets of types."""
    with _LOCK:
        return _stdlib()


@lru_cache(maxsize=1)
def _stdlib() -> tuple[Ident, Env]:
    key = _cache_key()
    loaded = _load_cached(key)
    if loaded is not None:
        stdlib_id, initial, units = loaded
    else:
        stdlib_id, initial, units = _type_stdlib()
        _store_cached(key, (stdlib_id, initial, units))
    _UNITS.clear()
    _UNITS.update(units)
    return stdlib_id, initial


def _type_stdlib() -> tuple[Ident, Env, dict[str, Ident]]:
    from .typemod import transl_signature
    base = predef_env()
    ctx = _Ctx()
    units: dict[str, Ident] = {}
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
        units[unit.name] = unit
    sig = MtySig(items)
    stdlib_id.data = sig
    units["Stdlib"] = stdlib_id
    initial = base.push()
    initial.bind_module(stdlib_id, sig)
    initial = Env(initial, sig_components(stdlib_id, sig))
    return stdlib_id, initial, units


# -- the on-disk cache ------------------------------------------------------

_CACHE_FORMAT = b"robur-stdlib-env-1"


def _cache_key() -> str:
    from ..link.cache import compiler_digest
    h = hashlib.sha256(_CACHE_FORMAT + compiler_digest().encode() + sys.version.encode())
    for name in ["stdlib", *MODULES]:
        p = STDLIB_DIR / f"{name}.mli"
        h.update(name.encode() + b"\0")
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()[:32]


def _cache_path(key: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "robur" / f"stdlib-env-{key}.pickle"


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj: object) -> tuple[str, str] | None:
        if type(obj) is Ident and obj.glob:
            if predef.ids.get(obj.name) is obj:
                return ("type", obj.name)
            if predef.exn_ids.get(obj.name) is obj:
                return ("exn", obj.name)
        return None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: tuple[str, str]) -> Ident:
        kind, name = pid
        return (predef.ids if kind == "type" else predef.exn_ids)[name]


def _store_cached(key: str, value: tuple) -> None:
    path = _cache_path(key)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 50_000))   # type graphs are deep
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-stdlib-env-")
        with os.fdopen(fd, "wb") as f:
            # the counters travel with the graph: idents and type nodes made
            # after a load must not reuse the loaded ones' stamps
            _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(
                (value, next(types._stamps), next(types._ids)))
        os.replace(tmp, path)
        for old in path.parent.glob("stdlib-env-*.pickle"):
            # made by another version of robur or of the Stdlib; a recent
            # one may belong to another checkout in use
            if old != path and old.stat().st_mtime < path.stat().st_mtime - 600:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):
        pass   # an unwritable cache only costs time
    finally:
        sys.setrecursionlimit(limit)


def _load_cached(key: str) -> tuple | None:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 50_000))
    try:
        with open(_cache_path(key), "rb") as f:
            value, stamps, ids = _Unpickler(f).load()
    except Exception:   # noqa: BLE001 - missing, stale or damaged: rebuild
        return None
    finally:
        sys.setrecursionlimit(limit)
    _advance(types, "_stamps", stamps)
    _advance(types, "_ids", ids)
    return value


def _advance(module, name: str, past: int) -> None:
    """Make the counter ``module.name`` continue beyond ``past``."""
    import itertools
    current = next(getattr(module, name))
    setattr(module, name, itertools.count(max(current, past) + 1))


def initial_env() -> Env:
    return stdlib()[1]
