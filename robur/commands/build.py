"""``robur build [--target qemu|unix] [--release] [-c] FILE.ml|DIR [-o OUT]``:
check, compile (through the build cache) and link a project into a PVH
image (``qemu``) or a Linux executable (``unix``); with ``-c``, compile
only, as ``ocamlopt -c``: one object per unit, no link."""
from __future__ import annotations

import argparse
import functools
from pathlib import Path


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """Made once per process: the compile server runs many builds."""
    from ..driver.frontdoor import add_common
    ap = argparse.ArgumentParser(prog="robur build", description=__doc__.split("\n\n")[0])
    add_common(ap)
    ap.add_argument("-o", dest="output", metavar="OUT", help="the output file (default: NAME.elf or NAME)")
    ap.add_argument("-c", dest="compile_only", action="store_true",
                    help="compile only: write each unit's object (NAME.o beside NAME.ml), do not link")
    ap.add_argument("--stats", action="store_true", help="print timings and cache counters")
    return ap


def main(argv: list[str]) -> int:
    from ..driver.frontdoor import default_output, guarded, print_stats
    args = _parser().parse_args(argv)

    def body() -> int:
        from ..driver.build import Builder, BuildResult
        from ..driver.project import load
        project = load(args.project)
        builder = Builder()
        if args.compile_only:
            builder.compile_only(project, Path(args.output) if args.output else None)
            if args.stats:
                print_stats(builder, BuildResult(Path(), [], builder.compiled, builder.timings))
            return 0
        out = Path(args.output) if args.output else default_output(project.name, args.target)
        result = builder.build(project, args.target, out)
        if args.stats:
            print_stats(builder, result)
        return 0
    return guarded(body)
