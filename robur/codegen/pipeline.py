"""The backend's passes, named and timed (after OCaml's asmgen.ml):

    optimize   lambda -> lambda: local refs become variables (lambda_opt.py)
    closure    lambda -> closure-converted lambda (closure.py)
    cmm        -> cmm (cmmgen.py)
    selection  -> linear code over virtual registers (x86_64/selection.py)
    regalloc   -> locations (x86_64/regalloc.py)
    emit       -> assembly lines (x86_64/emit.py); a function whose cmm
                  is unchanged since an earlier compilation in this process
                  skips selection, regalloc and emit (fncache.py)
    as         -> ELF object (link/toolchain.py, cached)

``dump`` receives (pass name, text) after each pass it names, for
``robur check --dump=...`` and for debugging.
"""
from __future__ import annotations

import gc
import queue
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Protocol

from ..lambda_ import ir as L
from ..lambda_ import printer as lprinter
from ..link import toolchain
from ..link.cache import BuildCache
from . import closure, cmm, cmmgen, fncache, lambda_opt, startup
from .x86_64 import asm, emit, regalloc, selection

# functions' machine code, reused when a unit is recompiled (fncache.py)
FUNCTIONS = fncache.FunctionCache()

PASSES = ("lambda", "closure", "cmm", "selection", "regalloc", "asm")
Dump = Callable[[str, str], None]


@dataclass
class CompiledUnit:
    name: str
    asm: str
    apply_arities: set = field(default_factory=set)
    curry_arities: set = field(default_factory=set)
    timings: dict = field(default_factory=dict)
    globals: set = field(default_factory=set)   # units the code refers to (to link them)


def _safe_show(t) -> str:
    try:
        return lprinter.show(t)
    except TypeError:
        return f"<{type(t).__name__}>"


_STACK_BYTES = 512 << 20


class _DeepStackWorker:
    """One long-lived thread with a large stack and recursion limit, on
    which the passes run: they recurse over the term, and a unit's top level
    is one long chain of lets and sequences.  Long-lived because starting a
    thread with a 512 MB stack for every unit cost milliseconds of a
    reload.  Compilations from several threads are served one at a time."""

    def __init__(self) -> None:
        self._jobs: "queue.SimpleQueue" = queue.SimpleQueue()
        self._thread: Optional[threading.Thread] = None
        self._lock = threading.Lock()

    def _serve(self) -> None:
        while True:
            fn, args, done, box = self._jobs.get()
            try:
                box.append((True, fn(*args)))
            except BaseException as e:  # re-raised in the caller's thread
                box.append((False, e))
            done.set()

    def run(self, fn, *args):
        if threading.current_thread() is self._thread:
            return fn(*args)            # a pass compiling from inside the worker
        with self._lock:
            if self._thread is None:
                old_size = threading.stack_size(_STACK_BYTES)
                try:
                    self._thread = threading.Thread(target=self._serve, name="robur-codegen", daemon=True)
                    self._thread.start()
                finally:
                    threading.stack_size(old_size)
            # the limit is the interpreter's, not the thread's: raised only
            # while a job runs, so that other threads' runaway recursion
            # still stops at the usual limit the rest of the time
            old_limit = sys.getrecursionlimit()
            sys.setrecursionlimit(max(old_limit, 400_000))
            try:
                done, box = threading.Event(), []
                self._jobs.put((fn, args, done, box))
                done.wait()
            finally:
                sys.setrecursionlimit(old_limit)
        ok, value = box[0]
        if not ok:
            raise value
        return value


_WORKER = _DeepStackWorker()


def on_deep_stack(fn, *args):
    """``fn(*args)`` on the deep-stack thread: for the other passes that
    recurse over a unit's top level (translation to lambda)."""
    return _WORKER.run(fn, *args)


def compile_unit(lam: L.Lam, unit: str, source: str = "", dump: Optional[Dump] = None,
                 dump_passes: Iterable[str] = (), reuse: bool = True,
                 sink: Optional[Callable[[str], None]] = None,
                 share: Optional["FunctionShare"] = None) -> CompiledUnit:
    """Compile the initialisation code of a unit to assembly text.
    ``source`` is the file name for the debug line table; ``reuse=False``
    neither reads nor fills the per-function cache (cold compilations).
    ``sink`` receives the text piece by piece as it is made (a streamed
    as, link/warm_as.py); the whole text is in the result all the same.
    ``share``: another process compiles some of the functions (the compile
    server's twin); the text is the same."""
    # The passes allocate many short-lived objects and no garbage cycles
    # worth collecting: the cyclic GC would only walk the caller's heap
    # (the typing environment) again and again (about 30% of codegen time).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _WORKER.run(_compile_unit, lam, unit, source, dump, dump_passes, reuse, sink, share)
    finally:
        if enabled:
            gc.enable()


class FunctionShare(Protocol):
    """Another process compiling the same unit's functions from the last one
    backwards while this one goes forwards (the compile server's twin,
    server/twin.py).  Each side claims a function before compiling it and
    compiles whatever it claimed; where both claim one, both compile it."""

    def claim(self, index: int) -> bool:
        """Claim function ``index`` (going forwards); False once the other
        side has claimed it: it and every later one are the other's."""
        ...

    def rest(self, first: int) -> dict[int, emit.EmittedFunction]:
        """The other side's functions from ``first`` on (some may be missing:
        it failed or was late), once it has finished them."""
        ...

    def close(self) -> None:
        """This unit is done: the other side stops."""
        ...


def _compile_unit(lam: L.Lam, unit: str, source: str, dump: Optional[Dump],
                  dump_passes: Iterable[str], reuse: bool = True,
                  sink: Optional[Callable[[str], None]] = None,
                  share: Optional[FunctionShare] = None) -> CompiledUnit:
    wanted = set(dump_passes)
    timings: dict[str, float] = {}
    show = _shower(dump, wanted)
    timed = _timer(timings)
    cunit = _lower(lam, unit, source, timed, show)
    ue = emit.UnitEmitter(unit, source)
    funs: list[emit.EmittedFunction] = []
    emit_piece = sink if sink is not None else (lambda text: None)
    head = ue.head_text()
    emit_piece(head)
    # dumps show every function's passes: no reuse then
    reuse = reuse and not (dump is not None and wanted & {"selection", "regalloc"})
    functions = cunit.functions
    try:
        for i, f in enumerate(functions):
            if share is not None and not share.claim(i):
                break
            emitted = _function(ue, f, source, reuse, timed, show)
            funs.append(emitted)
            emit_piece(emitted.text)
        if len(funs) < len(functions):
            theirs = share.rest(len(funs))  # type: ignore[union-attr]
            for i in range(len(funs), len(functions)):
                emitted = theirs.get(i)
                if emitted is not None:
                    ue.adopt(emitted)
                else:           # the other side failed: compile it here
                    emitted = _function(ue, functions[i], source, reuse, timed, show)
                funs.append(emitted)
                emit_piece(emitted.text)
    finally:
        if share is not None:
            share.close()
    tail = timed("emit", ue.tail_text, cunit.data)
    emit_piece(tail)
    text = head + "".join(f.text for f in funs) + tail
    show("asm", lambda: text)
    return CompiledUnit(unit, text, set(cunit.apply_arities), set(cunit.curry_arities), timings,
                        set(cunit.globals))


def compile_backwards(lam: L.Lam, unit: str, source: str, reuse: bool,
                      claim: Callable[[int], bool]) -> dict[int, emit.EmittedFunction]:
    """The twin's side of a shared compilation (FunctionShare): the same
    lowering, then the functions from the last one backwards for as long
    as ``claim`` grants them."""
    timed = _timer({})
    show = _shower(None, set())
    cunit = _lower(lam, unit, source, timed, show)
    ue = emit.UnitEmitter(unit, source)
    done: dict[int, emit.EmittedFunction] = {}
    for i in range(len(cunit.functions) - 1, -1, -1):
        if not claim(i):
            break
        done[i] = _function(ue, cunit.functions[i], source, reuse, timed, show)
    return done


def _timer(timings: dict[str, float]):
    def timed(name: str, fn, *args):
        t0 = time.perf_counter()
        r = fn(*args)
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
        return r
    return timed


def _shower(dump: Optional[Dump], wanted: set):
    def show(name: str, text: Callable[[], str]) -> None:
        if dump is not None and name in wanted:
            dump(name, text())
    return show


def _lower(lam: L.Lam, unit: str, source: str, timed, show) -> cmm.Unit:
    """optimize, closure, cmm: the passes over the whole unit."""
    show("lambda", lambda: _safe_show(lam) + "\n")
    lam = timed("optimize", lambda_opt.optimize, lam)
    conv = timed("closure", closure.convert, lam, unit)
    show("closure", lambda: closure.show_converted(conv))
    cunit = timed("cmm", cmmgen.gen_unit, conv, unit, source)
    show("cmm", lambda: cmm.show_unit(cunit))
    return cunit


def _function(ue: emit.UnitEmitter, f: cmm.Fundecl, source: str, reuse: bool,
              timed, show) -> emit.EmittedFunction:
    """selection, regalloc and emit of one function, or its earlier result
    (fncache)."""
    key = timed("fncache", fncache.fingerprint, f, (source,)) if reuse else None
    cached = FUNCTIONS.get(key) if key is not None else None
    if cached is not None:
        ue.adopt(cached)
        return cached
    mf = timed("selection", selection.select, f)
    show("selection", lambda: f"{mf.name}:\n" + "".join(f"  {i!r}\n" for i in mf.code))
    al = timed("regalloc", regalloc.allocate, mf)
    show("regalloc", lambda: f"{mf.name}: {al.slots} slots " + " ".join(
        f"{r!r}={al.loc[r.id][1]}" for r in _regs(mf)) + "\n")
    emitted = timed("emit", ue.function, mf, al)
    if key is not None:
        FUNCTIONS.put(key, emitted)
    return emitted


def _regs(mf: selection.MachFun) -> list:
    seen: dict[int, selection.VReg] = {}
    for i in mf.code:
        for r in i.res + i.args:
            seen.setdefault(r.id, r)
    return list(seen.values())


def compile_object(lam: L.Lam, unit: str, source: str = "", cache: BuildCache | None = None,
                   reuse: bool = True, share: Optional[FunctionShare] = None) -> tuple[CompiledUnit, bytes]:
    """Compile and assemble a unit.  Where the front door keeps a warm as
    (toolchain.use_warm_assembler) the text is streamed to it while the
    back end makes it; ``cu.timings["as"]`` is what was left to wait for."""
    stream = toolchain.assembler_stream()
    try:
        cu = compile_unit(lam, unit, source, reuse=reuse, sink=stream.write if stream else None,
                          share=share)
    except BaseException:
        if stream:
            stream.abort()
        raise
    return cu, object_of(cu, cache, stream)


def object_of(cu: CompiledUnit, cache: BuildCache | None = None,
              stream: "toolchain.AsmStream | None" = None) -> bytes:
    """The unit's object: from the as its text was streamed to, if any."""
    t0 = time.perf_counter()
    obj = toolchain.finish_stream(stream, cu.asm) if stream else toolchain.assemble(cu.asm, cache)
    cu.timings["as"] = time.perf_counter() - t0
    return obj


def startup_object(units: list[CompiledUnit], cache: BuildCache | None = None) -> bytes:
    applies = set().union(*(u.apply_arities for u in units)) if units else set()
    curries = set().union(*(u.curry_arities for u in units)) if units else set()
    return toolchain.assemble(startup.startup_asm([u.name for u in units], applies, curries), cache)


def build_program(units: list[tuple[str, L.Lam]], out: Path, platform: str,
                  cache: BuildCache | None = None, workdir: Path | None = None) -> Path:
    """Compile units (in initialisation order) and link them into ``out``."""
    workdir = Path(workdir or out.parent)
    workdir.mkdir(parents=True, exist_ok=True)
    compiled = [compile_unit(lam, name) for name, lam in units]
    paths = []
    for cu in compiled:
        p = workdir / f"{cu.name}.o"
        p.write_bytes(object_of(cu, cache))
        paths.append(p)
    sp = workdir / "_startup.o"
    sp.write_bytes(startup_object(compiled, cache))
    return toolchain.link(paths + [sp], out, platform)
