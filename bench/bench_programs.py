"""Whole programs: the benchmarks-game six and four typical OCaml programs.

Every program in ``bench/programs/`` exists in OCaml (``NAME.ml``, in robur's
subset), in Python (``NAME.py``) and, for the first six, in C (``NAME.c``);
all versions print the same output for the same argument.  The anchor is
``ocamlopt`` (the installed 4.13, default flags), measured in the same run:

- ``NAME n=N``: robur's executable (``robur build --target unix``) against
  the ocamlopt one; its output must equal ocamlopt's, else the row fails.
  Before robur has a ``build`` subcommand the row carries only the ocamlopt
  time and says so in its note.
- ``NAME n=N [robur qemu]``: the same program built with ``--target qemu``
  and run as a unikernel under QEMU (robur column = QEMU's CPU time, boot
  included; one run).  The accelerator is named in the row: on machines
  whose /dev/kvm is kvm_pvm it is TCG, a binary translator, so this row
  measures QEMU's emulation more than robur's code.
- ``NAME n=N [gcc -O2]``: the C version (robur column = gcc's time).
- ``NAME n=Q [CPython]``: the Python version at the quick size (robur column =
  CPython's time), against ocamlopt at that size, so that the module stays
  within its time budget.
- ``NAME compile``: ``robur build -c`` (stdlib already in the build cache,
  process start included) against ``ocamlopt -c`` of the same file: both
  compile one unit and assemble it, neither links.  ``NAME build and
  link``: ``robur build --target unix`` against ``ocamlopt FILE.ml -o EXE``.
  The fastest of five wall-clock runs each (the work of a served build
  happens in the compile server, outside the child's CPU time).  Each timed
  compile sees a file with a fresh trailing definition so that no build
  cache can answer it (saved over the previous one in the same directory,
  as an edited file is), and runs with ROBUR_COLD=1 so that the server reuses
  nothing compiled for an earlier request.  When robur's native front door
  is installed the compile server is started (warm) first, as a user's
  first build starts it; the note gives the time without it too.

The compile rows run robur as an installed copy would: with Python's
bytecode cache on (``PYTHONDONTWRITEBYTECODE`` is dropped for them and the
cache goes under ``~/.cache/robur/pycache``), so that they time compiling
OCaml, not compiling robur's own Python modules.

Times are medians of a few runs of the child's CPU time (user + system, from
``getrusage(RUSAGE_CHILDREN)``), not wall-clock time: every program is
single-threaded, and on a shared, loaded machine wall-clock time mostly
measures the other tenants.  Set ``CLOCK = "wall"`` to time wall-clock instead.
"""
from __future__ import annotations

import math
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.harness import Result

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS_DIR = Path(__file__).resolve().parent / "programs"
RUN_TIMEOUT = 120.0
CLOCK = "cpu"   # or "wall"


@dataclass(frozen=True)
class Program:
    name: str       # file stem in bench/programs/
    size: int       # argument in normal mode (ocamlopt: roughly 0.2-0.6 s)
    quick: int      # argument in quick mode, and for the CPython row
    has_c: bool


PROGRAMS = [
    Program("binary_trees", 18, 14, True),
    Program("n_body", 5_000_000, 50_000, True),
    Program("spectral_norm", 1200, 200, True),
    Program("fannkuch_redux", 10, 8, True),
    Program("mandelbrot", 2500, 300, True),
    Program("fasta", 2_000_000, 50_000, True),
    Program("word_count", 1_500_000, 100_000, False),
    Program("map_set", 100_000, 20_000, False),
    Program("buffer_build", 600_000, 50_000, False),
    Program("interp", 25, 20, False),
]

ROBUR_TARGET = 2.5   # no program above 2.5x ocamlopt (issue 5)


def _progress(msg: str) -> None:
    print(f"  programs: {msg}", file=sys.stderr, flush=True)


def _robur_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("robur")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("robur")
    if found:
        return [found]
    return [sys.executable, "-m", "robur"]


def _robur_has_build(robur: list[str]) -> bool:
    try:
        out = subprocess.run([*robur, "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return re.search(r"^\s+build\b", out.stdout + out.stderr, re.MULTILINE) is not None


def _short(text: str, limit: int = 160) -> str:
    lines = [l.strip() for l in text.strip().splitlines() if l.strip()]
    errors = [l for l in lines if "error" in l.lower()]
    msg = " / ".join((errors or lines)[-3:]) if lines else "(no message)"
    return msg if len(msg) <= limit else msg[: limit - 3] + "..."


class RunError(Exception):
    pass


class _Clock:
    """Seconds spent by the children started between start and stop."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.c0 = self._cpu()

    @staticmethod
    def _cpu() -> float:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    def stop(self) -> float:
        if CLOCK == "wall":
            return time.perf_counter() - self.t0
        return self._cpu() - self.c0


def _run_once(cmd: list[str], cwd: Path) -> tuple[float, str]:
    """Run ``cmd``, return (seconds, stdout); raise RunError on failure."""
    clock = _Clock()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise RunError(f"timed out after {RUN_TIMEOUT:.0f} s") from None
    except OSError as e:
        raise RunError(str(e)) from None
    dt = clock.stop()
    if p.returncode != 0:
        raise RunError(f"exit status {p.returncode}: {_short(p.stderr.decode(errors='replace'))}")
    return dt, p.stdout.decode(errors="replace")


def _time_runs(cmd: list[str], cwd: Path, repeat: int, warmup: bool = True) -> tuple[float, str]:
    """Median time of ``repeat`` runs (after one untimed run whose output is
    returned, when ``warmup``); the outputs of all runs must agree."""
    out = None
    times = []
    if warmup:
        _, out = _run_once(cmd, cwd)
    for _ in range(repeat):
        dt, o = _run_once(cmd, cwd)
        if out is None:
            out = o
        elif o != out:
            raise RunError("output differs between two runs")
        times.append(dt)
    return statistics.median(times), out or ""


def _compile_env() -> dict[str, str]:
    """robur as installed: Python's bytecode cache on (outside the tree)."""
    env = dict(os.environ)
    if env.pop("PYTHONDONTWRITEBYTECODE", None) is not None and "PYTHONPYCACHEPREFIX" not in env:
        env["PYTHONPYCACHEPREFIX"] = str(Path.home() / ".cache" / "robur" / "pycache")
    return env


def _compile(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    clock = _Clock()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=600, env=env)
    except subprocess.TimeoutExpired:
        raise RunError("compiler timed out") from None
    dt = clock.stop()
    if p.returncode != 0:
        raise RunError(_short((p.stderr + p.stdout).decode(errors="replace")))
    return dt


def _run_qemu(image: Path, n: int) -> tuple[float, str, str]:
    """(CPU seconds of QEMU, console output, accelerator) of one run."""
    from robur.vm import VMError, run_image
    from robur.vm.qemu import choose_accel
    accel = choose_accel(None, quiet=True)
    clock = _Clock()
    try:
        r = run_image(image, [str(n)], accel=accel, timeout=RUN_TIMEOUT * 4, quiet=True, memory_mb=512)
    except VMError as e:
        raise RunError(str(e).splitlines()[0][:160]) from None
    dt = clock.stop()
    if r.exit_code != 0 or r.panicked:
        raise RunError(f"exit status {r.exit_code}" + (" (panic)" if r.panicked else ""))
    return dt, r.stdout.decode(errors="replace"), accel


def _first_diff(a: str, b: str) -> str:
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}: {y[:60]!r} instead of {x[:60]!r}"
    return f"{len(lb)} lines instead of {len(la)}"


def _bench_program(prog: Program, quick: bool, work: Path, robur: list[str] | None) -> list[Result]:
    n = prog.quick if quick else prog.size
    repeat = 3
    d = work / prog.name
    d.mkdir()
    src = d / f"{prog.name}.ml"
    shutil.copy(PROGRAMS_DIR / f"{prog.name}.ml", src)
    label = prog.name.replace("_", "-")
    rows: list[Result] = []

    # build every version; the first robur build also fills the stdlib part
    # of its build cache
    _compile(["ocamlopt", src.name, "-o", "prog.opt"], d)
    contenders: dict[str, list[str]] = {}          # label -> command
    failed: dict[str, str] = {}                     # label -> why
    first_build = 0.0
    if robur is not None:
        exe = d / "prog.robur"
        try:
            first_build = _compile([*robur, "build", "--target", "unix", str(src), "-o", str(exe)], ROOT,
                                   _compile_env())
            contenders["robur"] = [str(exe), str(n)]
        except RunError as e:
            failed["robur"] = f"FAIL: robur build failed: {e}"
    if prog.has_c:
        try:
            _compile(["gcc", "-O2", str(PROGRAMS_DIR / f"{prog.name}.c"), "-o", "prog.gcc", "-lm"], d)
            contenders["gcc"] = ["./prog.gcc", str(n)]
        except RunError as e:
            failed["gcc"] = f"gcc version failed to build: {e}"

    # one untimed run each (outputs compared with ocamlopt's), then
    # interleaved timed rounds so that a change in the machine's load
    # affects every version alike
    _, opt_out = _run_once(["./prog.opt", str(n)], d)
    notes: dict[str, str] = {}
    for who, cmd in list(contenders.items()):
        try:
            _, out = _run_once(cmd, d)
        except RunError as e:
            failed[who] = f"FAIL: {who} run failed: {e}" if who == "robur" else f"{who} run failed: {e}"
            del contenders[who]
            continue
        if out != opt_out:
            notes[who] = (("FAIL: " if who == "robur" else "") + "output differs from ocamlopt's ("
                          + _first_diff(opt_out, out) + ")")
    times: dict[str, list[float]] = {"ocamlopt": [], **{w: [] for w in contenders}}
    for _ in range(repeat):
        for who, cmd in [("ocamlopt", ["./prog.opt", str(n)]), *contenders.items()]:
            if who not in times:
                continue
            try:
                times[who].append(_run_once(cmd, d)[0])
            except RunError as e:
                if who == "ocamlopt":
                    raise
                failed[who] = f"{who} run failed: {e}"
                del times[who]
    med = {w: statistics.median(ts) for w, ts in times.items()}
    opt_t = med["ocamlopt"]
    _progress(f"{label} n={n}: " + ", ".join(f"{w} {t * 1000:.0f} ms" for w, t in med.items())
              + "".join(f"; {w}: {why}" for w, why in failed.items()))

    if robur is None:
        rows.append(Result(f"{label} n={n}", 0.0, "ms", opt_t * 1000, "ocamlopt",
                           note="robur has no `build` subcommand yet: ocamlopt time only"))
    else:
        rob_t = med.get("robur", 0.0)
        note = failed.get("robur") or notes.get("robur", "")
        met = not note and rob_t / opt_t <= ROBUR_TARGET
        rows.append(Result(f"{label} n={n}", rob_t * 1000, "ms", opt_t * 1000, "ocamlopt",
                           target=f"≤ {ROBUR_TARGET}× ocamlopt, same output", met=met,
                           note=note or "robur build --target unix"))
    if robur is not None and "robur" in med:
        # the same program as a unikernel under QEMU: one run
        note, q_t = "", 0.0
        try:
            img = d / "prog.elf"
            _compile([*robur, "build", "--target", "qemu", str(src), "-o", str(img)], ROOT, _compile_env())
            q_t, q_out, accel = _run_qemu(img, n)
            if q_out != opt_out:
                note = "FAIL: output differs from ocamlopt's (" + _first_diff(opt_out, q_out) + ")"
            else:
                note = ("robur build --target qemu; QEMU " + accel.upper() + (
                    " (binary translation: /dev/kvm here is kvm_pvm or absent)" if accel == "tcg" else "")
                    + ", boot included, one run")
            _progress(f"{label} n={n}: robur qemu ({accel}) {q_t * 1000:.0f} ms")
        except RunError as e:
            note = f"FAIL: robur qemu: {e}"
        rows.append(Result(f"{label} n={n} [robur qemu]", q_t * 1000, "ms", opt_t * 1000, "ocamlopt",
                           note=note))
    if prog.has_c:
        rows.append(Result(f"{label} n={n} [gcc -O2]", med.get("gcc", 0.0) * 1000, "ms", opt_t * 1000,
                           "ocamlopt", note=(failed.get("gcc") or notes.get("gcc") or "robur column: gcc -O2")))

    # CPython, at the quick size (one run in normal mode)
    q = prog.quick
    note = ""
    py_t = 0.0
    try:
        if q == n:
            opt_q, opt_q_out = opt_t, opt_out
        else:
            opt_q, opt_q_out = _time_runs(["./prog.opt", str(q)], d, repeat)
        py_t, py_out = _run_once([sys.executable, str(PROGRAMS_DIR / f"{prog.name}.py"), str(q)], d)
        if py_out != opt_q_out:
            note = "output differs from ocamlopt's: " + _first_diff(opt_q_out, py_out)
        _progress(f"{label} n={q}: CPython {py_t * 1000:.0f} ms, ocamlopt {opt_q * 1000:.0f} ms")
    except RunError as e:
        opt_q = 0.0
        note = f"CPython version failed: {e}"
    rows.append(Result(f"{label} n={q} [CPython]", py_t * 1000, "ms", opt_q * 1000, "ocamlopt",
                       note=(note or f"robur column: CPython {sys.version.split()[0]}")))

    # compile speed: robur build -c against ocamlopt -c, then whole builds
    if robur is not None and "robur" in med:
        rows += _compile_rows(src, d, label, robur, quick)
    return rows


def _wall(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    """Wall-clock seconds of one command: the compile rows time a client
    whose work may happen in the compile server, outside the child's CPU
    time."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=600, env=env)
    except subprocess.TimeoutExpired:
        raise RunError("compiler timed out") from None
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise RunError(_short((p.stderr + p.stdout).decode(errors="replace")))
    return dt


def _fresh_copy(src: Path, d: Path, tag: str) -> Path:
    """The program with a fresh, semantically inert last definition, so
    that no build cache can answer for it; written over the last copy in
    the directory ``tag``, as an edit is saved over a file and the project
    rebuilt where it is (``robur build -c`` and ``robur build`` alike)."""
    fresh = d / tag / src.name
    fresh.parent.mkdir(exist_ok=True)
    fresh.write_text(src.read_text() + f"\nlet _bench_nonce = {time.time_ns() % 1_000_000_007}\n")
    return fresh


def _compile_rows(src: Path, d: Path, label: str, robur: list[str], quick: bool) -> list[Result]:
    """``robur build -c`` (the Stdlib in the build cache; through the warm
    compile server when robur's native front door is installed, with
    ROBUR_COLD=1 so that nothing compiled by an earlier request is reused)
    against ``ocamlopt -c``; then ``robur build`` against ``ocamlopt``, both
    linking an executable.  The fastest of a few wall-clock runs each."""
    nc = 2 if quick else 5
    env = _compile_env()
    env["ROBUR_COLD"] = "1"
    served = SERVER.usable
    t: dict[str, list[float]] = {"c": [], "opt_c": [], "build": [], "opt": [], "no_server": []}
    try:
        # each kind in its own loop, each run beside its anchor's: with a
        # link (ld, ocamlopt's) between two compiles, the served compile
        # after it took about 1.5 ms more for interp (its warm memory out
        # of the processor's caches, we think), which a fresh ocamlopt -c
        # process does not notice
        for k in range(nc):
            f = _fresh_copy(src, d, "c")
            t["c"].append(_wall([*robur, "build", "-c", f.name], f.parent, env))
            t["opt_c"].append(_wall(["ocamlopt", "-c", f.name], f.parent))
        for k in range(nc):
            f = _fresh_copy(src, d, "c")
            t["build"].append(_wall([*robur, "build", "--target", "unix", f.name, "-o", "r.exe"], f.parent, env))
            t["opt"].append(_wall(["ocamlopt", f.name, "-o", "o.exe"], f.parent))
        for k in range(1 if quick else 2):
            f = _fresh_copy(src, d, "n")
            t["no_server"].append(_wall([*robur, "build", "-c", f.name], f.parent,
                                        dict(env, ROBUR_SERVER="0")))
    except RunError as e:
        return [Result(f"{label} compile", 0.0, "ms", note=f"compile failed: {e}")]
    best = {k: min(v) * 1000 for k, v in t.items()}
    lines = src.read_text().count("\n")
    how = "through the warm compile server" if served else f"without a compile server ({SERVER.why})"
    _progress(f"{label} compile: robur -c {best['c']:.0f} ms, ocamlopt -c {best['opt_c']:.0f} ms; "
              f"build {best['build']:.0f} ms, ocamlopt {best['opt']:.0f} ms")
    return [
        Result(f"{label} compile", best["c"], "ms", best["opt_c"], "ocamlopt -c", target="≤ ocamlopt -c",
               met=best["c"] <= best["opt_c"],
               note=f"{lines} lines; robur build -c, stdlib cached, {how}, process start included, "
                    f"wall clock, best of {nc}; with no server: {best['no_server']:.0f} ms"),
        Result(f"{label} build and link", best["build"], "ms", best["opt"], "ocamlopt",
               note=f"robur build --target unix against ocamlopt FILE.ml -o EXE, {how}, wall clock"),
    ]


class _Server:
    """The compile server of the robur being measured: started (warm)
    before the compile rows when robur's front door is the native one, and
    stopped after them if this run started it."""

    def __init__(self) -> None:
        self.usable = False
        self.why = "not started"
        self._started = False

    def start(self, robur: list[str]) -> None:
        exe = Path(robur[0])
        if len(robur) != 1 or exe.read_bytes()[:4] != b"\x7fELF":
            self.why = "robur is not the native front door: run `make bootstrap`"
            return
        was = subprocess.run([*robur, "server", "status"], capture_output=True).returncode == 0
        p = subprocess.run([*robur, "server", "start"], capture_output=True, text=True)
        self.usable = p.returncode == 0
        self.why = "" if self.usable else _short(p.stderr or p.stdout)
        self._started = self.usable and not was

    def stop(self, robur: list[str]) -> None:
        if self._started:
            subprocess.run([*robur, "server", "stop"], capture_output=True)


SERVER = _Server()


def run(quick: bool) -> list[Result]:
    robur = _robur_cmd()
    has_build = _robur_has_build(robur)
    _progress("robur build available" if has_build else "robur has no build subcommand: robur rows skipped")
    rows: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="robur-bench-programs-") as tmp:
        work = Path(tmp)
        if has_build:
            SERVER.start(robur)
            _progress("compile server: " + ("warm" if SERVER.usable else SERVER.why))
        try:
            for prog in PROGRAMS:
                try:
                    rows += _bench_program(prog, quick, work, robur if has_build else None)
                except RunError as e:   # ocamlopt itself failed: report, keep going
                    rows.append(Result(prog.name.replace("_", "-"), 0.0, "ms", note=f"FAIL: ocamlopt: {e}"))
        finally:
            SERVER.stop(robur)
    rows += _summary(rows)
    return rows


def _geomean(xs: list[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def _summary(rows: list[Result]) -> list[Result]:
    """Geometric means of the robur/ocamlopt ratios (run time, unix target;
    compile time), over the programs that ran with ocamlopt's output."""
    run = [r for r in rows if r.anchor_name == "ocamlopt" and "[" not in r.name and r.ratio is not None
           and not r.note.startswith("FAIL") and not r.name.endswith(" build and link")]
    comp = [r for r in rows if r.name.endswith(" compile") and r.ratio is not None
            and not r.note.startswith("compile failed")]
    whole = [r for r in rows if r.name.endswith(" build and link") and r.ratio is not None]
    out: list[Result] = []
    if run:
        g = _geomean([r.ratio for r in run])
        worst = max(run, key=lambda r: r.ratio)
        out.append(Result(f"all programs: run time, geometric mean ({len(run)} of {len(PROGRAMS)})",
                          g, "×", target="≤ 1.5× ocamlopt, none above 2.5×",
                          met=(g <= 1.5 and worst.ratio <= ROBUR_TARGET and len(run) == len(PROGRAMS)),
                          note=f"robur/ocamlopt, unix target; worst {worst.name.split()[0]} "
                               f"{worst.ratio:.2f}×"))
    if comp:
        g = _geomean([r.ratio for r in comp])
        slower = [r for r in comp if r.ratio > 1.0]
        out.append(Result(f"all programs: compile time, geometric mean ({len(comp)})", g, "×",
                          target="each ≤ 1× ocamlopt -c", met=not slower,
                          note="robur build -c (process start, type-checking with the Stdlib's interfaces, "
                               "codegen, as) / ocamlopt -c; slower than ocamlopt -c: "
                               + (", ".join(f"{r.name.split()[0]} {r.ratio:.2f}×" for r in slower) or "none")))
    if whole:
        g = _geomean([r.ratio for r in whole])
        out.append(Result(f"all programs: build and link, geometric mean ({len(whole)})", g, "×",
                          note="robur build --target unix / ocamlopt FILE.ml -o EXE"))
    return out
