"""The compile server's twin (robur/server/twin.py), in real processes.

The oracle is a build without any server: every object a served build
writes, with the twin compiling part of its functions, must be the same
bytes (debug information included: each as runs in the client's
directory).  A twin that dies only costs speed.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

from .test_server import LAUNCHER, ROOT, robur, runtime, start  # noqa: F401  (runtime: a fixture)

PROGRAMS = [ROOT / "bench" / "programs" / f"{p}.ml" for p in ("interp", "n_body", "fasta", "map_set")] + \
    sorted((ROOT / "tests" / "conformance" / "programs").glob("*.ml"))[:12]


def status(env) -> str:
    return subprocess.run([str(LAUNCHER), "server", "status"], env=env, capture_output=True,
                          text=True, timeout=30).stdout


def build_both(env, directory: Path, program: Path) -> tuple[bytes, bytes]:
    """``robur build -c`` served, then without a server, in one directory
    (each with a build cache of its own: neither may answer for the other)."""
    src = directory / program.name
    shutil.copy(program, src)
    obj = src.with_suffix(".o")
    objects = []
    for served in (True, False):
        e = dict(env, ROBUR_COLD="1", ROBUR_CACHE=str(directory / ("served" if served else "plain")))
        p = robur(["build", "-c", src.name], e, directory, served)
        assert p.returncode == 0, p.stderr
        objects.append(obj.read_bytes())
        obj.unlink()
    return objects[0], objects[1]


def test_objects_match_a_build_without_server(runtime, tmp_path):
    start(runtime)
    assert re.search(r"twin: pid \d+", status(runtime))
    for program in PROGRAMS:
        served, plain = build_both(runtime, tmp_path, program)
        assert served == plain, program.name
    # the twin did compile some of them
    functions = int(re.search(r"twin: pid \d+, (\d+) functions compiled", status(runtime)).group(1))
    assert functions > 0


def test_a_dead_twin_only_costs_speed(runtime, tmp_path):
    start(runtime)
    pid = int(re.search(r"twin: pid (\d+)", status(runtime)).group(1))
    os.kill(pid, signal.SIGKILL)
    for _ in range(100):
        if "twin: none" in status(runtime):
            break
        time.sleep(0.05)
    assert "twin: none" in status(runtime)
    served, plain = build_both(runtime, tmp_path, PROGRAMS[0])
    assert served == plain


def test_no_twin_when_asked(runtime, tmp_path):
    start(dict(runtime, ROBUR_TWIN="0"))
    assert "twin: none" in status(runtime)
    served, plain = build_both(runtime, tmp_path, PROGRAMS[1])
    assert served == plain
