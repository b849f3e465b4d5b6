"""``robur repl`` entry point.

The toplevel evaluates phrases as native code inside a running unikernel; it
needs the code generator and the VM (issues 5 and 7), which are not built
yet.  Until then this says so and points at what already works, rather than
pretending to evaluate anything.
"""
from __future__ import annotations

import sys

from .. import __version__

MESSAGE = """robur {version}: the REPL needs the native code generator and the live VM,
which are not built yet (see docs/architecture.md for the plan and status).

What works today:
  robur parse FILE.ml          print the syntax tree (OCaml 4.13's grammar)
  robur parse --source FILE    print it back as source
  robur check [-i] FILES|DIR   type-check; -i prints signatures like ocamlc -i
  robur bench                  run the benchmarks (bench/RESULTS.md)
  make test                    run the test suite"""


def main(argv: list[str]) -> int:
    print(MESSAGE.format(version=__version__), file=sys.stderr)
    return 0
