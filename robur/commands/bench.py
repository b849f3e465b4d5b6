"""``robur bench [NAME...]``: run bench/ from the repository checkout."""
from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parents[2]
    if not (root / "bench" / "harness.py").exists():
        print("robur bench: the benchmarks live in a robur source checkout (bench/ not found)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(root))
    from bench.harness import main as bench_main
    return bench_main(argv)
