"""Shared test helpers: paths, and the OCaml oracle (Debian's ocaml-nox)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: run `make bootstrap` (scripts/bootstrap.sh installs it)")
    return path


def run_ocamlc(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    require("ocamlc")
    return subprocess.run(["ocamlc", *args], cwd=cwd, capture_output=True)


def is_interleaving(console: bytes, out: bytes, err: bytes) -> bool:
    """Whether a VM's console (one serial line for both streams) is exactly
    stdout's and stderr's bytes, each stream in its own order."""
    if len(console) != len(out) + len(err):
        return False
    states = {0}                      # bytes of err consumed so far
    for k, byte in enumerate(console):
        nxt = set()
        for j in states:
            i = k - j                 # bytes of out consumed so far
            if i < len(out) and out[i] == byte:
                nxt.add(j)
            if j < len(err) and err[j] == byte:
                nxt.add(j + 1)
        if not nxt:
            return False
        states = nxt
    return len(err) in states
