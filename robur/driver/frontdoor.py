"""What ``robur build`` and ``robur run`` share: their options, where
outputs go, and turning every failure into a message and an exit status
(never a Python traceback)."""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path
from typing import Callable

from ..link.cache import default_cache_dir


def add_common(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--target", choices=("qemu", "unix"), default="qemu",
                    help="a PVH image run under QEMU (default) or a Linux executable")
    ap.add_argument("--release", action="store_true",
                    help="a production image: no loader, no control channel")
    ap.add_argument("project", metavar="FILE.ml|DIR")


def default_output(name: str, target: str) -> Path:
    return Path(name + (".elf" if target == "qemu" else ""))


def run_output(root: Path, name: str, target: str, release: bool) -> Path:
    """Where ``robur run`` keeps a project's image: next to the build
    cache, one directory per project path (so a rebuild replaces it)."""
    tag = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    kind = f"{target}-release" if release else target
    return default_cache_dir().parent / "images" / tag / kind / default_output(name, target)


def guarded(body: Callable[[], int]) -> int:
    """Run a command body; known failures become ``robur: error: ...``
    and status 2 (BuildFailed carries its own status)."""
    from ..link.toolchain import ToolchainError
    from ..syntax.location import RoburError, report
    from ..ui import print_diagnostic
    from ..vm import VMError
    from .build import BuildFailed
    from .project import ProjectError
    try:
        return body()
    except BuildFailed as e:
        if e.message:
            print(f"robur: error: {e.message}", file=sys.stderr)
        return e.status
    except RoburError as e:
        print_diagnostic(report(e, None))
        return 2
    except (ProjectError, ToolchainError, VMError) as e:
        print(f"robur: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"robur: error: {e}", file=sys.stderr)
        return 2
    except Exception as e:   # a bug of robur's: said in one line (ROBUR_DEBUG=1 shows where)
        if os.environ.get("ROBUR_DEBUG"):
            raise
        print(f"robur: internal error: {type(e).__name__}: {e}", file=sys.stderr)
        return 2


def print_stats(builder, result, run=None) -> None:
    """--stats: where the time went, and the cache's work."""
    t = result.timings
    parts = " ".join(f"{k}={v * 1000:.0f}ms" for k, v in t.items())
    compiled = ", ".join(result.compiled) or "nothing"
    print(f"robur: build: {parts}; cache hits={builder.cache.hits} misses={builder.cache.misses}; "
          f"compiled: {compiled}", file=sys.stderr)
    if run is not None:
        line = f"robur: run: wall={run.wall_s * 1000:.0f}ms exit={run.exit_code}"
        if run.stats is not None:
            line += f" boot={run.stats.boot_us:.0f}us program={run.stats.run_us:.0f}us"
        print(line, file=sys.stderr)
