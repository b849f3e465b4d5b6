"""The typing oracle corpus (tests/typing/CORPUS.md): robur's checker must
print what ocamlc printed into each ``.expected`` file.

- ok/X.ml: ``robur check -i X.ml`` stdout == X.expected (``ocamlc -i``);
- errors/X.ml: the same location and first ``Error:`` line as ocamlc, and the
  whole message (everything ocamlc wrote to stderr) except for KNOWN_PARTIAL;
- warnings/X.ml: the same warnings, byte for byte;
- project/: every unit's inferred signature, checked as one program.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from robur.syntax.lexer import read_source
from robur.typing.checker import Checker
from robur.typing.driver import main_check
from robur.typing.printtyp import Session, signature_to_string

HERE = Path(__file__).resolve().parent


def _files(sub: str) -> list[Path]:
    return sorted((HERE / sub).glob("*.ml"))


OK = _files("ok")
ERRORS = _files("errors")
WARNINGS = _files("warnings")

# Files whose whole message robur does not reproduce yet (each is still
# checked on its location and first Error line).  Listed in docs/typing.md.
KNOWN_PARTIAL: dict[str, str] = {}


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def _run(args: list[str], cwd: Path, capsys) -> tuple[int, str, str]:
    old = os.getcwd()
    os.chdir(cwd)
    try:
        rc = main_check(args)
    finally:
        os.chdir(old)
    out, err = capsys.readouterr()
    return rc, out, err


def _expected(path: Path) -> str:
    return path.with_suffix(".expected").read_bytes().decode("utf-8")


def test_corpus_sizes():
    assert len(OK) >= 120
    assert len(ERRORS) >= 80
    assert len(WARNINGS) >= 30


@pytest.mark.parametrize("path", OK, ids=_ids(OK))
def test_ok_signature_matches_ocamlc(path: Path, capsys):
    rc, out, err = _run(["-i", path.name], path.parent, capsys)
    assert err == ""
    assert rc == 0
    assert out == _expected(path)


def _first_error(text: str) -> list[str]:
    lines = text.splitlines()
    i = next(k for k, l in enumerate(lines) if l.startswith("Error"))
    header = [l for l in lines[:i] if l.startswith("File ")][-1]
    return [header, lines[i]]


@pytest.mark.parametrize("path", ERRORS, ids=_ids(ERRORS))
def test_error_matches_ocamlc(path: Path, capsys):
    rc, out, err = _run([path.name], path.parent, capsys)
    expected = _expected(path)
    assert rc == 2
    assert _first_error(err) == _first_error(expected)
    if path.stem not in KNOWN_PARTIAL:
        assert err == expected


@pytest.mark.parametrize("path", WARNINGS, ids=_ids(WARNINGS))
def test_warnings_match_ocamlc(path: Path, capsys):
    rc, out, err = _run([path.name], path.parent, capsys)
    assert rc == 0
    assert err == _expected(path)


def test_project_signatures_match_ocamlc():
    project = HERE / "project"
    sources = {f.name: read_source(str(f)) for f in sorted(project.iterdir())
               if f.suffix in (".ml", ".mli")}
    old = os.getcwd()
    os.chdir(project)
    try:
        checker = Checker()
        checker.update(sources)
    finally:
        os.chdir(old)
    assert not checker.errors()
    order = (project / "ORDER").read_text().split()
    assert sorted(checker.order) == sorted(f[:-3].capitalize() for f in order)
    for name in checker.order:
        u = checker.units[name]
        for dep in u.deps:      # dependencies come first
            assert checker.order.index(dep) < checker.order.index(name)
        expected = (project / "expected" / (u.ml_file[:-3] + ".mli.expected")).read_text()
        assert signature_to_string(u.inferred, Session()) + "\n" == expected, name


WEAK_OK = [p for p in OK if "'_weak" in p.with_suffix(".expected").read_text()]


@pytest.mark.parametrize("path", OK, ids=_ids(OK))
def test_ok_compiles_like_ocamlc_c(path: Path, capsys, tmp_path):
    """Without -i, a unit keeping weak variables is an error (as ``ocamlc
    -c``, run here on a copy); any other ok file checks silently."""
    rc, out, err = _run([path.name], path.parent, capsys)
    if path not in WEAK_OK:
        assert (rc, out, err) == (0, "", "")
        return
    from tests.conftest import run_ocamlc
    (tmp_path / path.name).write_bytes(path.read_bytes())
    r = run_ocamlc(["-c", path.name], cwd=tmp_path)
    assert rc == r.returncode == 2
    assert err == r.stderr.decode("utf-8")
