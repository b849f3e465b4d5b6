"""Type-checking the Stdlib's own implementations (stdlib/NAME.ml).

``Stdlib`` (stdlib.ml) is checked in the predefined environment only, as
OCaml compiles it with -nopervasives; every other unit ``Stdlib__Name``
(stdlib/name.ml) with the Stdlib open.  Each implementation must match its
interface, whose signature is the one user programs were checked against
(stdlib_env), so field positions agree by construction.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..syntax.lexer import read_source
from ..syntax.location import Location, RoburError
from ..syntax.parser import parse_implementation
from .errors import Text, TypingError
from .stdlib_env import STDLIB_DIR, predef_env, stdlib_units, initial_env
from .typecore import Ctx
from .typedtree import TStructure
from .types import MtySig, SigItem, SigModule
from .unify import LEVELS


@dataclass
class StdlibUnit:
    name: str                 # Stdlib, Stdlib__List
    ml_file: str
    text: str
    typed: TStructure
    exported: list[SigItem]   # the interface's items: the block's layout


def source_of(unit: str) -> Path:
    """stdlib/stdlib.ml for Stdlib, stdlib/list.ml for Stdlib__List."""
    stem = "stdlib" if unit == "Stdlib" else unit[len("Stdlib__"):].lower()
    return STDLIB_DIR / f"{stem}.ml"


def check_unit(unit: str) -> StdlibUnit:
    """Type the implementation of a Stdlib unit against its interface;
    raises RoburError (with OCaml's message) when it does not type."""
    from .includemod import IncludeFailure, include_sigs
    from .typemod import type_structure
    ident = stdlib_units().get(unit)
    path = source_of(unit)
    if ident is None or not path.exists():
        raise RoburError(Location(str(path), 0, 0, 1, 0, 1), f"no implementation of {unit} in stdlib/")
    text = read_source(str(path))
    rel = f"stdlib/{path.name}"
    parsed = parse_implementation(text, rel)
    env = (predef_env() if unit == "Stdlib" else initial_env()).push()
    ctx = Ctx(rel, text)
    LEVELS.current = 1
    typed, sig, _ = type_structure(ctx, env, parsed)
    assert isinstance(ident.data, MtySig)
    exported = ident.data.items
    # Stdlib's module aliases are the other units, not definitions of stdlib.ml
    wanted = [it for it in exported if not isinstance(it, SigModule)] if unit == "Stdlib" else exported
    try:
        include_sigs(MtySig(sig), MtySig(wanted))
    except IncludeFailure as f:
        raise TypingError(Location(rel, 0, 0, 1, 0, 1),
                          Text(f"stdlib/{path.name} does not match its interface: {f}")) from None
    return StdlibUnit(unit, rel, text, typed, list(exported))
