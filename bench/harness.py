"""The benchmark harness: runs every ``bench/bench_*.py``, prints a table and
writes ``bench/RESULTS.md``.

A benchmark module defines ``run(quick: bool) -> list[Result]``.  Each Result
compares robur with its *anchor* (ocamlc, ocamlopt, a minimal stub, ...)
measured in the same run, so the ratio is meaningful on any machine.  Targets
are informational here: benchmarks never fail the test suite.
"""
from __future__ import annotations

import datetime
import importlib
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

BENCH_DIR = Path(__file__).resolve().parent


@dataclass
class Result:
    name: str                  # what was measured, e.g. "parse corpus"
    robur: float               # robur's figure
    unit: str                  # "ms", "µs", "lines/s", "KiB", ...
    anchor: float | None = None
    anchor_name: str = ""      # e.g. "ocamlc -stop-after parsing"
    higher_is_better: bool = False
    target: str = ""           # e.g. "≤ 3 ms median"
    met: bool | None = None    # whether the target holds, when one is set
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """robur / anchor (for rates: anchor / robur), so < 1 means robur wins."""
        if self.anchor is None or self.anchor == 0 or self.robur == 0:
            return None
        return self.anchor / self.robur if self.higher_is_better else self.robur / self.anchor


def median_time(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """Median wall time of ``fn()`` in seconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def discover() -> list[str]:
    return sorted(p.stem for p in BENCH_DIR.glob("bench_*.py"))


def _fmt(x: float | None) -> str:
    if x is None:
        return "-"
    if x >= 1000:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}"


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from robur.vm.qemu import kvm_openable, kvm_usable
    if kvm_usable():
        kvm = "KVM usable"
    elif kvm_openable():
        kvm = "KVM only emulated (kvm_pvm): robur runs under TCG"
    else:
        kvm = "no KVM (TCG)"
    return f"{cpu}, {os.cpu_count()} cores, {kvm}, Python {platform.python_version()}"


def render_table(rows: list[tuple[str, Result]]) -> list[str]:
    head = ["benchmark", "measure", "robur", "anchor", "ratio", "target", "met"]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for module, r in rows:
        anchor = f"{_fmt(r.anchor)} ({r.anchor_name})" if r.anchor is not None else "-"
        met = "-" if r.met is None else ("yes" if r.met else "NO")
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        out.append(f"| {module} | {r.name} | {_fmt(r.robur)} {r.unit} | {anchor} | {ratio} | {r.target} | {met} |")
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse
    ap = argparse.ArgumentParser(prog="robur bench", description="run robur's benchmarks")
    ap.add_argument("names", nargs="*", help="benchmark modules to run (default: all)")
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--no-write", action="store_true", help="do not rewrite bench/RESULTS.md")
    args = ap.parse_args(argv)
    names = args.names or discover()
    rows: list[tuple[str, Result]] = []
    sys.path.insert(0, str(BENCH_DIR.parent))
    for i, name in enumerate(names, 1):
        mod_name = name if name.startswith("bench_") else f"bench_{name}"
        print(f"[{i}/{len(names)}] {mod_name} ...", file=sys.stderr, flush=True)
        mod = importlib.import_module(f"bench.{mod_name}")
        for r in mod.run(args.quick):
            rows.append((mod_name.removeprefix("bench_"), r))
    table = render_table(rows)
    print("\n".join(table))
    if not args.no_write:
        stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
        notes = [f"- {m}/{r.name}: {r.note}" for m, r in rows if r.note]
        load = os.getloadavg()[0]
        busy = (f" (the machine was busy: load average {load:.1f} on {os.cpu_count()} cores at the end, "
                "other work running alongside; times are CPU times and each ratio compares runs "
                "interleaved in the same minutes)" if load > 1.5 else "")
        measured = f"Measured {stamp} on {machine_description()}{busy}."
        if args.names:
            # only some modules ran: their rows replace theirs in the file,
            # the other modules' rows are kept as they were
            ran = {m for m, _ in rows}
            old_table, old_notes, old_head = _read_results(BENCH_DIR / "RESULTS.md")
            table = table[:2] + [l for l in old_table[2:] if _row_module(l) not in ran] + table[2:]
            order = {m: i for i, m in enumerate(discover_modules())}
            table = table[:2] + sorted(table[2:], key=lambda l: order.get(_row_module(l), len(order)))
            notes = [n for n in old_notes if n[2:].split("/", 1)[0] not in ran] + notes
            notes.sort(key=lambda n: order.get(n[2:].split("/", 1)[0], len(order)))
            if old_head:
                measured = (f"{', '.join(sorted(ran))}: measured {stamp} on {machine_description()}{busy}; "
                            f"other rows: {old_head}.")
        text = [
            "# Benchmark results",
            "",
            measured,
            "Reproduce with `make bench` (or `robur bench NAME`). Ratio = robur/anchor for times and",
            "sizes, anchor/robur for rates: below 1 means robur is faster or smaller.",
            "",
            *table,
            "",
        ]
        if notes:
            text += ["Notes:", "", *notes, ""]
        (BENCH_DIR / "RESULTS.md").write_text("\n".join(text))
        print(f"wrote {BENCH_DIR / 'RESULTS.md'}", file=sys.stderr)
    return 0


def discover_modules() -> list[str]:
    return [n.removeprefix("bench_") for n in discover()]


def _row_module(line: str) -> str:
    return line.split("|")[1].strip() if line.startswith("|") else ""


def _read_results(path: Path) -> tuple[list[str], list[str], str]:
    """(table lines, note lines, the 'Measured ...' sentence) of RESULTS.md."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return [], [], ""
    table = [l for l in lines if l.startswith("|")]
    notes = [l for l in lines if l.startswith("- ")]
    head = next((l for l in lines if l.startswith("Measured ") or ": measured " in l), "")
    if ": measured " in head:        # already a merged header: keep its oldest part
        head = head.split("other rows: ", 1)[-1].rstrip(".")
    else:
        head = head.removeprefix("Measured ").rstrip(".")
    return table, notes, head


if __name__ == "__main__":
    sys.exit(main())
