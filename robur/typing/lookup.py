"""Resolving (long) identifiers in an environment, with OCaml's "Unbound ..."
errors and spelling hints."""
from __future__ import annotations

from ..syntax.ast import LongIdent
from ..syntax.location import Location
from .env import Env, LookupError_, components, find_module
from .errors import TypingError, Unbound, spellcheck
from .types import ModType, Path

KIND_WORDS = {"v": "value", "t": "type constructor", "c": "constructor", "l": "record field",
              "m": "module", "T": "module type"}


def _hints(names, name: str, prefix: str = "") -> list[str]:
    return [prefix + h for h in spellcheck(names, name)]


def lookup_module_path(env: Env, lid: LongIdent, loc: Location) -> tuple[Path, ModType]:
    e = env.lookup("m", lid[0])
    if e is None:
        raise TypingError(loc, Unbound("module", lid[0], _hints(env.names("m"), lid[0])))
    path = e[0]
    for i in range(1, len(lid)):
        try:
            comps = components(path)
        except LookupError_:
            raise TypingError(loc, Unbound("module", ".".join(lid[:i + 1]))) from None
        c = comps.get(("m", lid[i]))
        if c is None:
            names = [n for (k, n) in comps if k == "m"]
            raise TypingError(loc, Unbound("module", ".".join(lid[:i + 1]),
                                           _hints(names, lid[i])))
        path = c[0]
    try:
        mty = find_module(path)
    except LookupError_:
        raise TypingError(loc, Unbound("module", ".".join(lid))) from None
    return path, mty


def lookup(env: Env, ns: str, lid: LongIdent, loc: Location):
    """The entry for ``lid`` in namespace ``ns`` (values: (path, desc); types:
    (path, decl); constructors: ConstrDesc; labels: LabelDesc; modules:
    (path, mty); module types: (path, mty))."""
    if ns == "m":
        return lookup_module_path(env, lid, loc)
    name = lid[-1]
    if len(lid) == 1:
        e = env.lookup(ns, name)
        if e is None:
            raise TypingError(loc, Unbound(KIND_WORDS[ns], name, _hints(env.names(ns), name)))
        if isinstance(e, list):
            from .env import module_entry_mty
            return (e[0], module_entry_mty(e) if e[1] is not None else None)
        return e
    mpath, _ = lookup_module_path(env, lid[:-1], loc)
    try:
        comps = components(mpath)
    except LookupError_:
        raise TypingError(loc, Unbound(KIND_WORDS[ns], ".".join(lid))) from None
    e = comps.get((ns, name))
    if e is None:
        names = [n for (k, n) in comps if k == ns]
        raise TypingError(loc, Unbound(KIND_WORDS[ns], ".".join(lid), _hints(names, name)))
    if ns in ("m", "T") and isinstance(e, list):
        from .env import module_entry_mty
        return (e[0], module_entry_mty(e) if e[1] is not None else None)
    return e


def lookup_all(env: Env, ns: str, lid: LongIdent, loc: Location) -> list:
    """Every visible constructor/label of that name, innermost first."""
    if len(lid) == 1:
        got = env.lookup_all_constructors(lid[0]) if ns == "c" else env.lookup_all_labels(lid[0])
        if not got:
            raise TypingError(loc, Unbound(KIND_WORDS[ns], lid[0], _hints(env.names(ns), lid[0])))
        return got
    return [lookup(env, ns, lid, loc)]
