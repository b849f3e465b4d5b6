"""Parser speed: from-scratch throughput, incremental re-parse, CLI start.

Anchors, measured in the same run: `ocamlc -stop-after parsing` on the same
files (one process for the whole corpus), and `ocamlc -version` for start-up.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import Result, median_time

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "syntax" / "ok").glob("*.ml"))
EDIT_UNIT = ROOT / "tests" / "syntax" / "ok" / "116_large_bank.ml"


def _ocamlc_parse(paths: list[Path]) -> None:
    subprocess.run(["ocamlc", "-stop-after", "parsing", "-w", "-a", "-c", *map(str, paths)],
                   cwd="/tmp", check=True, capture_output=True)


def _one_line_edits(text: str, count: int) -> list[str]:
    """Versions of ``text`` each differing in one line (a changed literal or
    an appended comment), as when a developer saves after a small change."""
    lines = text.split("\n")
    out = []
    k = 0
    while len(out) < count:
        i = (7 + 13 * k) % len(lines)
        k += 1
        line = lines[i]
        if not line.strip():
            continue
        edited = list(lines)
        edited[i] = line + f"  (* edit {k} *)" if k % 2 else line.replace("1", "2", 1) if "1" in line else line + " "
        out.append("\n".join(edited))
    return out


def run(quick: bool) -> list[Result]:
    from robur.syntax.incremental import ParsedUnit
    from robur.syntax.lexer import read_source
    from robur.syntax.parser import parse_implementation, _tables
    _tables()
    texts = [read_source(str(p)) for p in CORPUS]
    lines = sum(t.count("\n") + 1 for t in texts)
    repeat = 3 if quick else 7

    def parse_all() -> None:
        for t in texts:
            parse_implementation(t)

    robur_rate = lines / median_time(parse_all, repeat)
    ocamlc_rate = lines / median_time(lambda: _ocamlc_parse(CORPUS), repeat)
    rows = [Result("parse corpus from scratch", robur_rate, "lines/s", ocamlc_rate,
                   "ocamlc -stop-after parsing", higher_is_better=True, target="≥ 12,000 lines/s",
                   met=robur_rate >= 12000, note=f"{len(CORPUS)} files, {lines} lines")]

    text = read_source(str(EDIT_UNIT))
    unit = ParsedUnit.parse(text, EDIT_UNIT.name)
    edits = _one_line_edits(text, 60 if quick else 300)
    times = []
    for i, new in enumerate(edits):
        base = text if i % 2 == 0 else edits[i - 1]
        unit.update(base)
        t0 = time.perf_counter()
        unit.update(new)
        times.append(time.perf_counter() - t0)
    inc = statistics.median(times) * 1000
    anchor = median_time(lambda: _ocamlc_parse([EDIT_UNIT]), repeat) * 1000
    rows.append(Result("re-parse after a one-line edit", inc, "ms", anchor, "ocamlc -stop-after parsing (whole file)",
                       target="≤ 3 ms median", met=inc <= 3.0,
                       note=f"{EDIT_UNIT.name}, {text.count(chr(10))} lines, {len(edits)} edits"))

    robur = str(Path(sys.executable).with_name("robur"))
    start = median_time(lambda: subprocess.run([robur, "--version"], check=True, capture_output=True), 5 if quick else 15) * 1000
    anchor = median_time(lambda: subprocess.run(["ocamlc", "-version"], check=True, capture_output=True), 5 if quick else 15) * 1000
    rows.append(Result("robur --version start-up", start, "ms", anchor, "ocamlc -version", target="≤ 150 ms", met=start <= 150))
    return rows
