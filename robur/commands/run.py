"""``robur run [--target qemu|unix] [--accel kvm|tcg] [--stats] FILE.ml|DIR
[-- ARGS]``: build the project if needed, boot it (or start the process),
stream its console and exit with the program's exit status."""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str]) -> int:
    from ..driver.frontdoor import add_common, guarded, print_stats, run_output
    prog_args: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, prog_args = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(prog="robur run", description=__doc__.split("\n\n")[0])
    add_common(ap)
    ap.add_argument("--accel", choices=("kvm", "tcg"), default=None,
                    help="QEMU's accelerator (default: KVM when usable, else TCG)")
    ap.add_argument("--stats", action="store_true", help="print timings, cache counters, boot time")
    args = ap.parse_args(argv)

    def body() -> int:
        from ..driver.build import Builder
        from ..driver.project import load
        from ..vm import run_image, run_unix
        project = load(args.project)
        out = run_output(project.root, project.name, args.target, args.release)
        builder = Builder()
        result = builder.build(project, args.target, out)
        sys.stdout.flush()
        stream = sys.stdout.buffer
        if args.target == "unix":
            r = run_unix(out, prog_args, stats=args.stats, stdin="inherit", stream=stream)
        else:
            r = run_image(out, prog_args, accel=args.accel, stats=args.stats, stdin="inherit",
                          stream=stream)
        if args.stats:
            print_stats(builder, result, r)
        return r.exit_code
    return guarded(body)
