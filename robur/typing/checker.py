"""The incremental checker: one state object for a whole program.

It holds every unit's parse, typed tree, exported signature and interface
digest.  ``update(sources)`` re-checks a unit when its source (or .mli)
changed or when the digest of an interface it imports changed, in
dependency order; units whose sources did not change and whose imports kept
their digests keep their typed trees.  ``rechecked`` lists what the last
update checked again (for tests and the reload loop's messages).

A unit's global ident is kept across re-checks (its ``data`` is replaced),
so typed trees of dependents that were not re-checked stay valid: they were
kept precisely because the interface they refer to is unchanged.
"""
from __future__ import annotations

import gc
import sys
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..syntax import ast as A
from ..syntax.incremental import ParsedUnit
from ..syntax.location import Diagnostic, Location, RoburError
from ..syntax.parser import parse_interface
from .deps import free_modules
from .env import Env
from .errors import Text, TypingError
from .printtyp import sig_fingerprint
from .typecore import Ctx
from .typedtree import TStructure
from .types import Ident, MtySig, SigItem
from .unify import LEVELS
from .stdlib_env import initial_env


# Typing recurses along the syntax tree; long list literals nest deeply.
if sys.getrecursionlimit() < 30000:
    sys.setrecursionlimit(30000)


def unit_name(path: str) -> str:
    base = Path(path).name
    stem = base[:-4] if base.endswith(".mli") else base[:-3] if base.endswith(".ml") else base
    return stem[:1].upper() + stem[1:]


@dataclass
class UnitState:
    name: str
    ml_file: str
    ml_text: str = ""
    mli_file: Optional[str] = None
    mli_text: Optional[str] = None
    parsed: Optional[ParsedUnit] = None
    deps: list[str] = field(default_factory=list)
    ident: Optional[Ident] = None
    typed: Optional[TStructure] = None
    inferred: list[SigItem] = field(default_factory=list)   # the .ml's own signature
    exported: list[SigItem] = field(default_factory=list)   # what dependents see
    digest: str = ""
    dep_digests: dict[str, str] = field(default_factory=dict)
    warnings: list[Diagnostic] = field(default_factory=list)
    error: Optional[RoburError] = None
    checked_text: Optional[tuple[str, Optional[str]]] = None
    deps_key: Optional[tuple] = None
    item_deps: dict = field(default_factory=dict)
    blocked: bool = False        # not checked: an import has an error
    item_records: list = field(default_factory=list)   # typemod.ItemRecord, for replay


class CycleError(RoburError):
    pass


class Checker:
    def __init__(self) -> None:
        self.units: dict[str, UnitState] = {}
        self.order: list[str] = []
        self.rechecked: list[str] = []
        self._top_env: Optional[Env] = None

    # -- sources -----------------------------------------------------------------
    def update(self, sources: dict[str, str]) -> list[str]:
        """``sources`` maps file names (``a.ml``, ``a.mli``) to their texts:
        the whole program.  Returns the names of the units checked again."""
        mls = {unit_name(f): f for f in sources if f.endswith(".ml")}
        for name in list(self.units):
            if name not in mls:
                del self.units[name]
        for name, f in mls.items():
            u = self.units.get(name)
            if u is None:
                u = UnitState(name, f)
                u.ident = Ident(name, glob=True)
                self.units[name] = u
            u.ml_file = f
            u.ml_text = sources[f]
            mli = f + "i"
            u.mli_file = mli if mli in sources else None
            u.mli_text = sources.get(mli)
        self.rechecked = []
        gc_was = gc.isenabled()
        gc.disable()        # typing allocates many small cyclic-free objects
        try:
            return self._update()
        finally:
            if gc_was:
                gc.enable()

    def _update(self) -> list[str]:
        self._parse_all()
        self.order = self._sort()
        for name in self.order:
            u = self.units[name]
            if any(self.units[d].error is not None or self.units[d].blocked for d in u.deps):
                # an import failed to check: like ocamlc without its .cmi,
                # this unit cannot be checked now (it is once the import is fixed)
                u.blocked = True      # its last result stays valid for the old imports
                continue
            u.blocked = False
            new_deps = {d: self.units[d].digest for d in u.deps}
            if u.checked_text == (u.ml_text, u.mli_text) and u.dep_digests == new_deps and u.error is None:
                continue
            self._check(u)
            u.dep_digests = new_deps
            u.checked_text = (u.ml_text, u.mli_text)
            self.rechecked.append(name)
        return self.rechecked

    def _parse_all(self) -> None:
        names = frozenset(self.units)
        for u in self.units.values():
            if u.checked_text == (u.ml_text, u.mli_text) and u.parsed is not None \
                    and u.deps_key == (u.ml_text, names):
                continue        # unchanged: keep its parse and dependencies
            u.error = None
            try:
                if u.parsed is None:
                    u.parsed = ParsedUnit.parse(u.ml_text, u.ml_file)
                elif u.parsed.text != u.ml_text:
                    u.parsed.update(u.ml_text)
                # a lone unit has no dependency to find (the Stdlib is not one)
                u.deps = [] if len(names) == 1 else sorted(
                    d for d in self._free_modules(u) if d in self.units and d != u.name)
                u.deps_key = (u.ml_text, names)
            except RoburError as e:
                u.error = e
                u.parsed = None
                u.deps = []

    def _free_modules(self, u: UnitState) -> set[str]:
        """Free module names, per item: items the incremental parser kept
        are the same objects, so their sets are reused."""
        cache = u.item_deps
        new_cache: dict[int, tuple[object, set[str]]] = {}
        out: set[str] = set()
        for it in u.parsed.items:  # type: ignore[union-attr]
            got = cache.get(id(it))
            if got is None or got[0] is not it:
                got = (it, free_modules(it))
            new_cache[id(it)] = got
            out |= got[1]
        u.item_deps = new_cache
        return out

    def _sort(self) -> list[str]:
        order: list[str] = []
        state: dict[str, int] = {}

        def visit(n: str, stack: list[str]) -> None:
            s = state.get(n, 0)
            if s == 2:
                return
            if s == 1:
                cyc = stack[stack.index(n):] + [n]
                raise CycleError(Location(self.units[n].ml_file, 0, 0, 1, 0, 1),
                                 "Circular dependency between modules " + " -> ".join(cyc))
            state[n] = 1
            for d in self.units[n].deps:
                visit(d, stack + [n])
            state[n] = 2
            order.append(n)

        for n in sorted(self.units):
            visit(n, [])
        return order

    # -- checking one unit --------------------------------------------------------------
    def unit_env(self, u: UnitState) -> Env:
        env = initial_env().push()
        for d in u.deps:
            du = self.units[d]
            if du.ident is not None and du.ident.data is not None:
                env.bind_module(du.ident, du.ident.data)  # type: ignore[arg-type]
        return env

    def _check(self, u: UnitState) -> None:
        u.warnings = []
        if u.parsed is None:
            self._failed(u)
            return
        ctx = Ctx(u.ml_file, u.ml_text)
        LEVELS.current = 1
        try:
            env = self.unit_env(u)
            from .typemod import type_structure, transl_signature, check_inclusion
            # Replay the unchanged leading items when only this unit's own
            # text changed (same imports, same interface file, last check ok).
            reuse = None
            if (u.item_records and u.error is None and u.checked_text is not None
                    and u.checked_text[1] == u.mli_text
                    and u.dep_digests == {d: self.units[d].digest for d in u.deps}):
                reuse = u.item_records
            records: list = []
            typed, sig, _ = type_structure(ctx, env, u.parsed.items, reuse, records)
            u.item_records = records
            u.typed = typed
            u.inferred = sig
            u.exported = sig
            if u.mli_text is not None:
                mli_ast = parse_interface(u.mli_text, u.mli_file or "")
                isig = transl_signature(ctx, env, mli_ast)
                from .includemod import include_sigs, IncludeFailure
                try:
                    include_sigs(MtySig(sig), MtySig(isig))
                except IncludeFailure as f:
                    raise TypingError(Location(u.ml_file, 0, 0, 1, 0, 1),
                                      Text(_impl_mismatch(u, f))) from None
                u.exported = isig
            u.error = None
        except RoburError as e:
            u.error = e
            u.item_records = []
        finally:
            # unused-variable warnings come at the end of a unit that typed
            u.warnings = ctx.warnings + (ctx.unused_warnings if u.error is None else [])
        if u.error is not None:
            self._failed(u)
            return
        assert u.ident is not None
        u.ident.data = MtySig(u.exported)
        u.digest = hashlib.blake2b(sig_fingerprint(u.exported).encode("utf-8", "replace"),
                                   digest_size=16).hexdigest()

    def _failed(self, u: UnitState) -> None:
        u.digest = "error"
        u.typed = None

    # -- toplevel phrases (the REPL) ------------------------------------------------------
    def add_phrase(self, items: list[A.StructureItem], text: str = "",
                   file: str = "//toplevel//") -> tuple[TStructure, list[SigItem], list[Diagnostic]]:
        """Type one toplevel phrase after the previous ones, with every unit
        of the program visible.  On an error (a RoburError is raised) the
        state is unchanged; on success later phrases see its definitions."""
        from .typemod import type_structure
        ctx = Ctx(file, text)
        LEVELS.current = 1
        typed, sig, env = type_structure(ctx, self.toplevel_env(), items, record=[])
        self._top_env = env
        return typed, sig, ctx.warnings + ctx.unused_warnings

    def toplevel_env(self) -> Env:
        """The environment phrases are typed in: the initial one (Stdlib
        opened) with every unit of the program, then each phrase's
        definitions."""
        if self._top_env is None:
            env = initial_env().push()
            for u in self.units.values():
                if u.ident is not None and u.ident.data is not None:
                    env.bind_module(u.ident, u.ident.data)  # type: ignore[arg-type]
            self._top_env = env
        return self._top_env

    def toplevel_state(self) -> object:
        """What ``add_phrase`` has defined so far, to put back with
        ``restore_toplevel`` when a phrase type-checked but then failed
        (it raised in the VM: as in OCaml's toplevel, it defines nothing)."""
        return self._top_env

    def restore_toplevel(self, state: object) -> None:
        self._top_env = state  # type: ignore[assignment]

    # -- results ----------------------------------------------------------------------
    def errors(self) -> list[tuple[UnitState, RoburError]]:
        return [(self.units[n], self.units[n].error) for n in self.order if self.units[n].error]  # type: ignore[misc]


def _impl_mismatch(u: UnitState, f) -> object:
    from .includemod import _reason
    from .pformat import Doc
    from .includemod import _Prerendered
    d = Doc()
    d.open("v", 0)
    iface = (u.mli_file or "")[:-4] + ".cmi"
    d.text(f"The implementation {u.ml_file} does not match the interface {Path(iface).name}: ")
    d.brk(0, 0)
    _reason(d, f)
    d.close()
    return _Prerendered(d)
