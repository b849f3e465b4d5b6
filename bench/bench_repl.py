"""REPL benchmarks (issue 7).

1. Phrase latency: from a complete phrase (the user pressed Enter) to its
   printed result, in robur's Toplevel with a booted VM: parse, type,
   translate, compile to x86-64, assemble, send, link in the VM, run,
   bring the value back and print it.  Each phrase differs by a constant so
   that no cache answers it.  Anchors, measured in the same run: OCaml's
   bytecode toplevel (one `ocaml` process fed the same phrases, its
   start-up subtracted) and `ocamlopt -shared` of the phrase (the compile
   and link half of the native toplevel's Dynlink path).
2. Start-up: `robur repl` from process start to the first answer of the
   booted VM (`#stats;;`), against `ocaml` answering `();;`.
Targets (issue 7): ≤ 10 ms per phrase and ≤ 700 ms start-up, under KVM.
Here KVM may be only emulated (kvm_pvm): then robur runs under TCG and
the rows say so.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result

ROOT = Path(__file__).resolve().parent.parent
PHRASE = "let l = List.map (fun x -> x * 2) [1; 2; {k}];;"


def _accel_note() -> tuple[str, bool]:
    from robur.vm.qemu import kvm_usable
    if kvm_usable():
        return "KVM", True
    return "TCG (KVM not usable here: the target is for KVM)", False


def bench_phrase(quick: bool) -> Result:
    from robur.driver.build import Builder
    from robur.repl.toplevel import Toplevel
    from robur.vm.machine import Machine
    image = Builder(quiet=True).live_image()
    machine = Machine(image, quiet=True)
    machine.start()
    sink: list[str] = []
    top = Toplevel(lambda: machine, sink.append)
    n = 30 if quick else 150
    times = []
    try:
        for k in range(n + 5):
            t0 = time.perf_counter()
            top.execute(PHRASE.format(k=k + 3))
            if k >= 5:                       # warm-up: imports, first allocations
                times.append(time.perf_counter() - t0)
        assert sink[-1].startswith("val l : int list = [2; 4;"), sink[-1]
    finally:
        machine.shutdown()
    robur_ms = statistics.median(times) * 1000
    anchor_ms = _ocaml_toplevel_ms(n)
    accel, kvm = _accel_note()
    return Result("phrase Enter → printed result (median)", robur_ms, "ms", anchor_ms,
                  "ocaml bytecode toplevel, same phrases", target="≤ 10 ms median under KVM",
                  met=(robur_ms <= 10) if kvm else None,
                  note=f"{accel}; p90 {sorted(times)[int(0.9 * len(times))] * 1000:.1f} ms; "
                       f"ocamlopt -shared of the phrase: {_ocamlopt_shared_ms():.1f} ms")


def _ocaml_toplevel_ms(n: int) -> float:
    if shutil.which("ocaml") is None:
        return float("nan")

    def run(count: int) -> float:
        text = "".join(PHRASE.format(k=k + 3) + "\n" for k in range(count))
        t0 = time.perf_counter()
        subprocess.run(["ocaml", "-noprompt"], input=text.encode(), capture_output=True, check=True)
        return time.perf_counter() - t0
    base = statistics.median(run(0) for _ in range(3))
    full = statistics.median(run(n) for _ in range(3))
    return max(0.0, (full - base) / n * 1000)


def _ocamlopt_shared_ms() -> float:
    if shutil.which("ocamlopt") is None:
        return float("nan")
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "phrase.ml"
        times = []
        for k in range(5):
            src.write_text(PHRASE.format(k=k).rstrip(";") + "\n")
            t0 = time.perf_counter()
            subprocess.run(["ocamlopt", "-shared", "-o", str(Path(d) / "phrase.cmxs"), str(src)],
                           capture_output=True, check=True, cwd=d)
            times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def bench_startup(quick: bool) -> Result:
    env = dict(os.environ, NO_COLOR="1")
    n = 3 if quick else 7

    def robur() -> float:
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "robur", "repl", "--no-prompt"], input=b"#stats;;\n",
                           capture_output=True, env=env, cwd=ROOT)
        assert b"VM:" in p.stdout, p.stderr
        return time.perf_counter() - t0

    def ocaml() -> float:
        t0 = time.perf_counter()
        subprocess.run(["ocaml", "-noprompt"], input=b"();;\n", capture_output=True)
        return time.perf_counter() - t0
    robur()                                   # the live image is linked once, then cached
    r = statistics.median(robur() for _ in range(n)) * 1000
    a = statistics.median(ocaml() for _ in range(n)) * 1000 if shutil.which("ocaml") else None
    accel, kvm = _accel_note()
    return Result("robur repl start → first answer of the booted VM", r, "ms", a, "ocaml answering ();;",
                  target="≤ 700 ms under KVM", met=(r <= 700) if kvm else None,
                  note=f"{accel}; includes Python start-up, the cached live image check, QEMU boot and "
                       "shutdown")


def run(quick: bool) -> list[Result]:
    return [bench_phrase(quick), bench_startup(quick)]


if __name__ == "__main__":
    from bench.harness import render_table
    print("\n".join(render_table([("repl", r) for r in run("--quick" in sys.argv)])))
