"""One step of the reload loop: from a change batch to what the VM must load.

``DevSession`` keeps the project's incremental checker.  For each batch of
saved files it re-parses and re-checks only what changed (robur.typing), then

- on errors: renders them exactly as ``robur check`` / ocamlc does, followed
  by ``Had N errors, waiting for changes...``; nothing is compiled, so the
  running VM keeps its old code untouched;
- otherwise: compiles the units the checker re-checked — the changed units
  and the units whose imported interfaces changed — into objects (through
  the build cache), in dependency order, ready to be sent and relinked.

The loop around it (watching, the VM, the console) lives in ``robur dev``;
``reload_message`` formats its one-line report.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..link.cache import BuildCache
from ..syntax.lexer import read_source
from ..syntax.location import Source
from ..typing.checker import Checker
from .watcher import ChangeBatch, is_source


@dataclass
class UnitObject:
    name: str
    object: bytes


@dataclass
class Outcome:
    """What a step produced: errors to print, or objects to load."""
    errors: list[str] = field(default_factory=list)     # rendered diagnostics
    objects: list[UnitObject] = field(default_factory=list)
    compile_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    def error_report(self) -> str:
        n = len(self.errors)
        return "\n".join(self.errors + [f"Had {n} error{'s' if n != 1 else ''}, waiting for changes..."])


def reload_message(names: list[str], size: int, ms: float) -> str:
    """``reloaded Handler (1 module, 3.1 KB) in 14 ms``."""
    n = len(names)
    return f"reloaded {', '.join(names)} ({n} module{'s' if n != 1 else ''}, {size / 1024:.1f} KB) in {ms:.0f} ms"


class DevSession:
    def __init__(self, root: Path, cache: BuildCache | None = None):
        self.root = Path(root).resolve()
        self.cache = cache or BuildCache()
        self.checker = Checker()
        self.sources: dict[str, str] = {}

    def start(self) -> Outcome:
        """Check and compile the whole project (the first build)."""
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and is_source(path.relative_to(self.root)):
                self.sources[str(path)] = read_source(str(path))
        return self._step()

    def apply(self, batch: ChangeBatch) -> Outcome:
        for path in batch.deleted:
            self.sources.pop(str(path), None)
        for path in batch.changed:
            try:
                self.sources[str(path)] = read_source(str(path))
            except OSError:
                self.sources.pop(str(path), None)   # gone again since the batch was made
        return self._step()

    def _step(self) -> Outcome:
        rechecked = self.checker.update(self.sources)
        errors = self._errors()
        if errors:
            return Outcome(errors=errors)
        t0 = time.perf_counter()
        objects = [UnitObject(name, self._compile(name)) for name in self.checker.order if name in rechecked]
        return Outcome(objects=objects, compile_ms=(time.perf_counter() - t0) * 1000)

    def _errors(self) -> list[str]:
        from ..typing.driver import _render_error
        out = []
        for unit, err in self.checker.errors():
            src = Source(err.loc.file, self.sources.get(err.loc.file, unit.ml_text))
            out.append(_render_error(err, src))
        return out

    def _compile(self, name: str, kept: dict[str, int] | None = None) -> bytes:
        """The unit's object; ``kept`` maps [@@robur.keep] bindings to the
        fields of the running version's block they take their value from."""
        from ..codegen import pipeline
        from ..lambda_.translmod import transl_unit
        unit = self.checker.units[name]
        lam = pipeline.on_deep_stack(transl_unit, name, unit.ml_file, unit.typed, unit.exported, kept)
        return pipeline.compile_object(lam, name, unit.ml_file, self.cache)[1]
