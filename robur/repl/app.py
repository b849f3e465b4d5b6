"""``robur repl`` entry point.

The toplevel evaluates phrases as native code inside a running unikernel; it
needs the code generator and the VM (issues 5 and 7), which are not built
yet.  Until then this says so and points at what already works, rather than
pretending to evaluate anything.
"""
from __future__ import annotations

import sys

from .. import __version__

MESSAGE = """robur {version}: the interactive toplevel is not ready yet: the pieces exist
(value printer, phrase reader, control channel, in-VM linker) but the live
session that evaluates phrases inside the VM is the next step
(see docs/architecture.md).

What works today:
  robur run FILE.ml|DIR        build and run in a QEMU VM (--target unix: a Linux process)
  robur build FILE.ml|DIR      build a PVH image (or --target unix an executable)
  robur check [-i] FILES|DIR   type-check; -i prints signatures like ocamlc -i
  robur parse FILE.ml          print the syntax tree (--source: back as source)
  robur tutorial               the tutorials (machinery ready, content to come)
  robur bench                  run the benchmarks (bench/RESULTS.md)
  make test                    run the test suite"""


def main(argv: list[str]) -> int:
    print(MESSAGE.format(version=__version__), file=sys.stderr)
    return 0
