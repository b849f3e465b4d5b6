"""Building a project into a PVH image or a Linux executable.

    check (Checker) ─► translate ─► compile each unit to an object ─► link
                                    (BuildCache)                   (GNU ld)

Every unit's object is cached under the hash of everything it is made from
(its source and interface, the interfaces it imports, the compiler's own
digest): an unchanged unit is neither translated nor compiled again, and
the Stdlib's units are compiled once for all programs.

Only the units the program uses are linked: the entry point, the project's
units it depends on, and the Stdlib units reached from them through their
globals (``List.map`` is a field of the global ``Stdlib__List``; the code
generator lists the globals a unit's code reads), plus
``Stdlib`` itself and ``Std_exit`` (runs the at_exit functions last, as
ocamlopt's std_exit.ml does).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..codegen import pipeline
from ..codegen.startup import startup_asm
from ..lambda_ import ir as L
from ..link import toolchain
from ..link.cache import BuildCache, compiler_digest, digest
from ..syntax.location import RoburError
from ..typing.checker import Checker, UnitState
from ..typing.stdlib_env import STDLIB_DIR
from .project import Project

PLATFORMS = {"qemu": "pvh", "unix": "unix"}
STD_EXIT = "Std_exit"
LIVE_SERVER = "Robur_live"
# a live image carries every caml_applyN/caml_curryN a loaded unit can need
# (at most 9 arguments per application or function: docs/codegen.md)
LIVE_ARITIES = range(2, 10)


class BuildFailed(Exception):
    """The build stopped; its diagnostics were already printed.  ``status``
    is the exit status of the command (2, as ocamlc's)."""

    def __init__(self, message: str = "", status: int = 2):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class UnitProduct:
    """A compiled unit: its object and what linking needs to know of it."""
    name: str
    obj: bytes
    globals: list[str]           # the units its code refers to
    apply: list[int]             # caml_applyN / caml_curryN arities it needs
    curry: list[int]


@dataclass
class BuildResult:
    output: Path
    units: list[str]             # linked, in initialisation order
    compiled: list[str]          # compiled in this build (cache misses)
    timings: dict[str, float] = field(default_factory=dict)


_STDLIB_IFACES: str | None = None
# the compile server's twin (server/twin.py) when this process is the
# server: it checks each build's sources beside this process and compiles
# part of each user unit's functions
_TWIN = None


def use_twin(twin) -> None:
    global _TWIN
    _TWIN = twin


def _write_over(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, over the previous contents in place and
    then cut to length: truncating first (write_bytes) frees the file's
    blocks only to allocate them again, 20 times slower on ext4 for an
    object file that a rebuild rewrites each time."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.ftruncate(fd, len(data))
    finally:
        os.close(fd)


def is_stdlib_unit(name: str) -> bool:
    return name == "Stdlib" or name.startswith("Stdlib__")


def stdlib_interfaces_digest() -> str:
    """A hash of every Stdlib interface: any unit's code depends on the
    field positions they fix."""
    global _STDLIB_IFACES
    if _STDLIB_IFACES is None:
        h = hashlib.sha256()
        for p in sorted(STDLIB_DIR.glob("*.mli")):
            h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
        _STDLIB_IFACES = h.hexdigest()
    return _STDLIB_IFACES


class Builder:
    """Builds projects through one BuildCache (counters for ``--stats`` and
    the tests)."""

    def __init__(self, cache: BuildCache | None = None, quiet: bool = False):
        self.cache = cache if cache is not None else BuildCache()
        self.quiet = quiet
        # ROBUR_COLD=1: compile as a fresh process would, reusing no function
        # compiled earlier in this process (the compile server's benchmarks)
        self.reuse = not os.environ.get("ROBUR_COLD")
        self.compiled: list[str] = []
        self.timings: dict[str, float] = {}
        self._said_stdlib = False

    def _time(self, stage: str, t0: float) -> None:
        self._add(stage, time.perf_counter() - t0)

    def _add(self, stage: str, seconds: float) -> None:
        self.timings[stage] = self.timings.get(stage, 0.0) + seconds

    # -- the whole program -------------------------------------------------------------
    def build(self, project: Project, target: str, out: Path) -> BuildResult:
        platform = PLATFORMS[target]
        self.compiled = []
        self.timings = {}
        checker = self.check(project)
        user = self._user_closure(checker, project.entry)
        products: dict[str, UnitProduct] = {}
        for name in user:
            products[name] = self.user_unit(checker, checker.units[name])
        self._add_stdlib_closure(products)
        order = self._stdlib_order(products) + user
        products[STD_EXIT] = self.std_exit_unit()
        order.append(STD_EXIT)
        self._link(products, order, Path(out), lambda objs, tmp: toolchain.link(objs, tmp, platform))
        return BuildResult(Path(out), order, list(self.compiled), dict(self.timings))

    def compile_only(self, project: Project, out: Path | None = None) -> list[Path]:
        """``robur build -c``: compile every unit of the project to an object
        without linking, as ``ocamlopt -c`` does: ``NAME.o`` beside each
        ``NAME.ml``, or ``out`` for a one-unit project."""
        self.compiled = []
        self.timings = {}
        checker = self.check(project)
        if out is not None and len(checker.order) != 1:
            raise BuildFailed("-o with -c needs a project of one unit (each unit gets its own object)")
        written = []
        for name in checker.order:
            u = checker.units[name]
            path = out if out is not None else Path(u.ml_file).with_suffix(".o")
            obj = self.user_unit(checker, u).obj
            t0 = time.perf_counter()
            _write_over(path, obj)
            self._time("write", t0)
            written.append(path)
        return written

    def live_image(self) -> Path:
        """The live image of ``robur repl`` and ``robur dev``: every Stdlib
        unit that has an implementation (phrases may use any of them), the
        VM's linker and control loop, and a last unit that serves the
        control channel (kernel/platform/pvh/live.c); qemu only, since the
        channel is a virtio device.  Linked once for each version of the
        compiler, the Stdlib and the kernel, under the build cache's
        ``live/``."""
        products, order = self._live_products()
        start, lib = toolchain.kernel_libs("pvh")
        key = digest("live-image", *(products[n].obj for n in order), start.read_bytes(), lib.read_bytes())
        out = self.cache.root / "live" / f"{key[:24]}.elf"
        if not out.exists():
            self._link(products, order, out, toolchain.link_live, arities=LIVE_ARITIES)
        return out

    def _live_products(self) -> tuple[dict[str, UnitProduct], list[str]]:
        products: dict[str, UnitProduct] = {}
        for src in sorted(STDLIB_DIR.glob("*.ml")):
            name = "Stdlib" if src.stem == "stdlib" else "Stdlib__" + src.stem.capitalize()
            try:
                products[name] = self.stdlib_unit(name)
            except (RoburError, BuildFailed) as e:
                if name == "Stdlib":
                    raise
                # a broken unit must not take the whole toplevel down: the
                # others still work, and using this one says it is unbound
                print(f"robur: leaving {name[len('Stdlib__'):]} out of the live image: it does not "
                      f"compile ({getattr(e, 'message', e)})", file=sys.stderr)
        # a unit whose imports are not all written yet cannot link: leave it out
        changed = True
        while changed:
            changed = False
            for name in list(products):
                if any(is_stdlib_unit(g) and g not in products for g in products[name].globals):
                    del products[name]
                    changed = True
        order = self._stdlib_order(products)
        products[LIVE_SERVER] = self.live_server_unit()
        order.append(LIVE_SERVER)
        return products, order

    def _link(self, products: dict[str, UnitProduct], order: list[str], out: Path, link,
              arities=()) -> None:
        """Write the objects and the startup object (every caml_applyN and
        caml_curryN the units need, plus ``arities``), then ``link``."""
        t0 = time.perf_counter()
        out.parent.mkdir(parents=True, exist_ok=True)
        workdir = out.parent / f".{out.name}.{os.getpid()}.o"
        workdir.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in order:
            p = workdir / f"{name}.o"
            p.write_bytes(products[name].obj)
            paths.append(p)
        applies = set(arities).union(*(products[n].apply for n in order))
        curries = set(arities).union(*(products[n].curry for n in order))
        sp = workdir / "_startup.o"
        sp.write_bytes(toolchain.assemble(startup_asm(order, applies, curries), self.cache))
        # linked beside the output then renamed: a concurrent run of the same
        # program never sees a half-written image
        tmp = out.parent / f".{out.name}.{os.getpid()}.tmp"
        link(paths + [sp], tmp)
        os.replace(tmp, out)
        shutil.rmtree(workdir, ignore_errors=True)
        self._time("link", t0)

    def check(self, project: Project) -> Checker:
        """Type-check; on an error print what ``robur check`` prints and
        stop.  Warnings are printed as ocamlopt prints them."""
        from ..typing.driver import report_units
        from ..syntax.location import report
        from ..ui import print_diagnostic
        t0 = time.perf_counter()
        toolchain.prepare_assembler()
        if _TWIN is not None:
            _TWIN.begin(project.sources)
        checker = Checker()
        try:
            checker.update(project.sources)
        except RoburError as e:
            print_diagnostic(report(e, None))
            raise BuildFailed() from None
        except RecursionError:
            raise BuildFailed("the program is nested too deeply for the type checker") from None
        status, _ = report_units(checker, project.sources, checker.order)
        self._time("check", t0)
        if status != 0:
            raise BuildFailed(status=status)
        return checker

    def _user_closure(self, checker: Checker, entry: str) -> list[str]:
        need: set[str] = set()
        stack = [entry]
        while stack:
            n = stack.pop()
            if n not in need:
                need.add(n)
                stack.extend(checker.units[n].deps)
        return [n for n in checker.order if n in need]

    def _add_stdlib_closure(self, products: dict[str, UnitProduct]) -> None:
        """Add the Stdlib units reached from the program's code, transitively
        (Stdlib itself always: Std_exit calls it)."""
        pending = ["Stdlib"] + [g for p in products.values() for g in p.globals]
        while pending:
            g = pending.pop()
            if is_stdlib_unit(g) and g not in products:
                products[g] = self.stdlib_unit(g)
                pending.extend(products[g].globals)

    def _stdlib_order(self, products: dict[str, UnitProduct]) -> list[str]:
        """The Stdlib units in initialisation order: each after the units it
        refers to, Stdlib first."""
        order: list[str] = []
        state: dict[str, int] = {}

        def visit(n: str) -> None:
            if state.get(n):
                return
            state[n] = 1
            for g in sorted(products[n].globals):
                if g in products and g != n and is_stdlib_unit(g):
                    visit(g)
            order.append(n)
        visit("Stdlib")
        for n in sorted(products):
            if is_stdlib_unit(n):
                visit(n)
        return order

    # -- units ------------------------------------------------------------------------
    def user_unit(self, checker: Checker, u: UnitState) -> UnitProduct:
        deps = sorted((d, checker.units[d].digest) for d in u.deps)
        key = digest("unit", compiler_digest(), stdlib_interfaces_digest(), u.name, u.ml_text,
                     u.mli_text or "", json.dumps(deps))

        def lam() -> L.Lam:
            from ..lambda_.translmod import transl_unit
            return transl_unit(u.name, u.ml_file, u.typed, u.exported)  # type: ignore[arg-type]
        return self._unit(u.name, key, lam, u.ml_file, shared=True)

    def stdlib_unit(self, name: str) -> UnitProduct:
        from ..typing.stdlib_units import source_of
        src = source_of(name)
        if not src.exists():
            raise BuildFailed(f"the program uses {name[len('Stdlib__'):] or name}, whose implementation "
                              f"(stdlib/{src.name}) is not written yet")
        text = src.read_text(encoding="latin-1")
        key = digest("stdlib-unit", compiler_digest(), stdlib_interfaces_digest(), name, text)

        def lam() -> L.Lam:
            from ..lambda_.translmod import transl_unit
            from ..typing.stdlib_units import check_unit
            if not self._said_stdlib and not self.quiet:
                print("robur: compiling the stdlib (once; cached afterwards)...", file=sys.stderr)
                self._said_stdlib = True
            su = check_unit(name)
            return transl_unit(name, su.ml_file, su.typed, su.exported)
        return self._unit(name, key, lam, f"stdlib/{src.name}")

    def std_exit_unit(self) -> UnitProduct:
        """``Std_exit``: ``do_at_exit ()``, initialised last."""
        key = digest("std-exit", compiler_digest(), stdlib_interfaces_digest())

        def lam() -> L.Lam:
            from ..lambda_.translmod import field_position
            from ..typing.stdlib_env import stdlib_units
            pos = field_position(stdlib_units()["Stdlib"], "do_at_exit")
            fn = L.Prim("field", [L.Global(unit="Stdlib")], pos)
            call = L.Apply(fn, [L.Const(L.CInt(0))])
            return L.Seq(call, L.Prim("setglobal", [L.Prim("makeblock", [], (0, False))], STD_EXIT))
        return self._unit(STD_EXIT, key, lam, "")

    def live_server_unit(self) -> UnitProduct:
        """The live image's program: serve the control channel until
        SHUTDOWN (``rb_live_serve`` never returns)."""
        key = digest("live-server", compiler_digest())

        def lam() -> L.Lam:
            serve = L.Prim("ccall", [L.Const(L.CInt(0))], L.External("rb_live_serve", 1))
            return L.Seq(serve, L.Prim("setglobal", [L.Prim("makeblock", [], (0, False))], LIVE_SERVER))
        return self._unit(LIVE_SERVER, key, lam, "")

    def _unit(self, name: str, key: str, make_lam, source_file: str, shared: bool = False) -> UnitProduct:
        """The unit's product from the cache, or compiled and cached; a
        ``shared`` one (a user unit) is compiled with the twin if any."""
        meta = self.cache.get(key)
        if meta is not None:
            m = json.loads(meta)
            obj = self.cache.get(m["obj"])
            if obj is not None:
                return UnitProduct(name, obj, m["globals"], m["apply"], m["curry"])
        toolchain.prepare_assembler()
        share = _TWIN.share(name, self.reuse) if shared and _TWIN is not None else None
        try:
            t0 = time.perf_counter()
            # a unit's top level is one chain of lets: thousands of items
            # recurse deeper than the main thread may
            lam = pipeline.on_deep_stack(make_lam)
            self._time("translate", t0)
            t0 = time.perf_counter()
            cu, obj = pipeline.compile_object(lam, name, source_file, self.cache, reuse=self.reuse,
                                              share=share)
            # compile_object's last part is waiting for as
            self._add("codegen", time.perf_counter() - t0 - cu.timings["as"])
            self._add("as", cu.timings["as"])
        except RoburError:
            raise
        except toolchain.ToolchainError:
            raise
        except Exception as e:     # a compiler limitation, said plainly, never a traceback
            raise BuildFailed(f"cannot compile {name}: {type(e).__name__}: {e}") from None
        finally:
            if share is not None:
                share.close()
        globals_ = sorted(cu.globals - {name})
        obj_key = digest("object", key)
        self.cache.put(obj_key, obj)
        self.cache.put(key, json.dumps({"obj": obj_key, "globals": globals_,
                                        "apply": sorted(cu.apply_arities),
                                        "curry": sorted(cu.curry_arities)}).encode())
        self.compiled.append(name)
        return UnitProduct(name, obj, globals_, sorted(cu.apply_arities), sorted(cu.curry_arities))
