"""Stdlib compile time (issue 6): every unit of stdlib/ (the .ml files) type
checked, translated, compiled to x86-64 and assembled, from an empty build
cache (cold, in a fresh process so no in-memory state helps), and again
with the cache filled (warm: what every `robur build`, `robur repl` and
`robur dev` start pays).  Cold means no cache of any kind: robur's parser
tables and typed Stdlib interfaces are made afresh too.  Targets: ≤ 10 s cold, ≤ 0.3 s warm."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys, time
from pathlib import Path
from robur.driver.build import Builder
from robur.link.cache import BuildCache
from robur.typing.stdlib_env import STDLIB_DIR
t0 = time.perf_counter()
b = Builder(BuildCache(Path(sys.argv[1])), quiet=True)
n = 0
for src in sorted(STDLIB_DIR.glob("*.ml")):
    name = "Stdlib" if src.stem == "stdlib" else "Stdlib__" + src.stem.capitalize()
    b.stdlib_unit(name)
    n += 1
print(n, time.perf_counter() - t0)
"""


def _compile_all(cache: Path) -> tuple[int, float]:
    # robur's other caches (grammar tables, the typed Stdlib interfaces)
    # live beside the build cache: the cold run starts without them too
    env = dict(os.environ, XDG_CACHE_HOME=str(cache / "xdg"))
    p = subprocess.run([sys.executable, "-c", SCRIPT, str(cache / "build")], capture_output=True, text=True,
                       cwd=ROOT, check=True, env=env)
    n, t = p.stdout.split()
    return int(n), float(t)


def run(quick: bool) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="robur-bench-stdlib-") as d:
        cold_runs, warm_runs = [], []
        for i in range(1 if quick else 3):
            cache = Path(d) / f"cache{i}"
            n, cold = _compile_all(cache)
            cold_runs.append(cold)
            warm_runs.extend(_compile_all(cache)[1] for _ in range(3))
    cold, warm = statistics.median(cold_runs), statistics.median(warm_runs)
    return [
        Result("whole stdlib from an empty cache", cold, "s", target="≤ 10 s", met=cold <= 10,
               note=f"{n} units, no cache of any kind, in-process time (Python start-up excluded), median of {len(cold_runs)}"),
        Result("whole stdlib, warm cache", warm * 1000, "ms", target="≤ 300 ms", met=warm <= 0.3,
               note=f"{n} units found in the cache, median of {len(warm_runs)}"),
    ]


if __name__ == "__main__":
    from bench.harness import render_table
    print("\n".join(render_table([("stdlib", r) for r in run("--quick" in sys.argv)])))
