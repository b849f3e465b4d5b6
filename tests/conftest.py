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
