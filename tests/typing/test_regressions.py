"""Small differential fixtures (tests/typing/unit/): programs written while
building the checker, with ocamlc 4.13.1's output recorded next to them
(``ok/X.expected`` = ``ocamlc -i``, ``errors/X.expected`` = ``ocamlc -c``
stderr, warnings included).  One test also re-runs ocamlc on them, so the
recorded oracle cannot go stale."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from robur.typing.driver import main_check
from tests.conftest import run_ocamlc

UNIT = Path(__file__).resolve().parent / "unit"
OK = sorted((UNIT / "ok").glob("*.ml"))
ERRORS = sorted((UNIT / "errors").glob("*.ml"))


def _run(args: list[str], cwd: Path, capsys) -> tuple[int, str, str]:
    old = os.getcwd()
    os.chdir(cwd)
    try:
        rc = main_check(args)
    finally:
        os.chdir(old)
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.mark.parametrize("path", OK, ids=[p.stem for p in OK])
def test_signature(path: Path, capsys):
    rc, out, err = _run(["-i", path.name], path.parent, capsys)
    assert (rc, err) == (0, "")
    assert out == path.with_suffix(".expected").read_text()


@pytest.mark.parametrize("path", ERRORS, ids=[p.stem for p in ERRORS])
def test_messages(path: Path, capsys):
    rc, out, err = _run([path.name], path.parent, capsys)
    assert err == path.with_suffix(".expected").read_text()


def test_recorded_oracle_is_current(tmp_path):
    for path in OK[:3] + ERRORS[:5]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
        args = ["-i", path.name] if path in OK else ["-c", path.name]
        r = run_ocamlc(args, cwd=tmp_path)
        got = (r.stdout if path in OK else r.stderr).decode("utf-8")
        assert got == path.with_suffix(".expected").read_text(), path.name
