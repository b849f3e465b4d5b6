"""``robur dev [DIR] [--accel kvm|tcg]``: run a project in a live unikernel
and reload it as its files are saved (robur/dev/loop.py,
docs/hot-reload.md)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="robur dev", description="Run a project in a live unikernel and "
                                 "reload its changed modules as you save them.")
    ap.add_argument("dir", nargs="?", default=".", help="the project directory (default: .)")
    ap.add_argument("--accel", choices=["kvm", "tcg"], default=None,
                    help="QEMU accelerator (default: KVM when usable, else TCG)")
    ap.add_argument("--memory", type=int, default=256, metavar="MB", help="VM memory (default 256)")
    args = ap.parse_args(argv)
    root = Path(args.dir)
    if not root.is_dir():
        print(f"robur dev: {args.dir} is not a directory (robur dev runs a project directory)", file=sys.stderr)
        return 2
    from ..dev.loop import DevLoop
    from ..driver.project import ProjectError
    from ..vm.qemu import VMError
    try:
        return DevLoop(root, accel=args.accel, memory_mb=args.memory).run()
    except ProjectError as e:
        print(f"robur dev: {e}", file=sys.stderr)
        return 2
    except VMError as e:
        print(f"robur dev: {e}", file=sys.stderr)
        return 2
