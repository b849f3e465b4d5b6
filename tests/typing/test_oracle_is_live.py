"""The stored .expected files are what the installed ocamlc prints now.

The corpus tests compare robur with these files; this test re-runs ocamlc
on every corpus program, so the comparison is with the live oracle and a
stale expectation cannot hide."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import run_ocamlc

HERE = Path(__file__).resolve().parent
OK = sorted((HERE / "ok").glob("*.ml"))
ERRORS = sorted((HERE / "errors").glob("*.ml"))
WARNINGS = sorted((HERE / "warnings").glob("*.ml"))


def _in_scratch(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / path.name
    shutil.copy(path, target)
    return target


@pytest.mark.parametrize("path", OK, ids=[p.stem for p in OK])
def test_ok_expected_is_ocamlc_i(path, tmp_path):
    src = _in_scratch(path, tmp_path)
    r = run_ocamlc(["-i", src.name], cwd=tmp_path)
    assert r.returncode == 0
    assert r.stdout == path.with_suffix(".expected").read_bytes()


@pytest.mark.parametrize("path", ERRORS + WARNINGS, ids=[p.stem for p in ERRORS + WARNINGS])
def test_error_and_warning_expected_is_ocamlc_c(path, tmp_path):
    src = _in_scratch(path, tmp_path)
    r = run_ocamlc(["-c", src.name], cwd=tmp_path)
    assert r.stderr == path.with_suffix(".expected").read_bytes()
