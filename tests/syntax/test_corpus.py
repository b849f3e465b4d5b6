"""Differential tests of the parser against ocamlc on tests/syntax/."""
from __future__ import annotations

import re

import pytest

from robur.syntax.lexer import read_source
from robur.syntax.location import RoburError, Source, report
from robur.syntax.parser import parse_implementation
from tests.conftest import run_ocamlc
from tests.syntax.corpus import ERRORS, OK, UNSUPPORTED, ids


def test_corpus_size():
    assert len(OK) >= 100
    assert len(ERRORS) >= 40


@pytest.mark.parametrize("path", OK, ids=ids(OK))
def test_ok_file_parses_like_ocamlc(path):
    parse_implementation(read_source(str(path)), path.name)
    r = run_ocamlc(["-stop-after", "parsing", "-w", "-a", "-c", "-o", "/dev/null", path.name], cwd=path.parent)
    assert r.returncode == 0, r.stderr.decode("latin-1")


def _error_block(text: str) -> tuple[str, str]:
    """The `File ...` line right above `Error:` and the Error line itself."""
    lines = text.splitlines()
    i = next(k for k, l in enumerate(lines) if l.startswith("Error"))
    header = [l for l in lines[:i] if l.startswith("File ")][-1]
    return header, lines[i]


@pytest.mark.parametrize("path", ERRORS, ids=ids(ERRORS))
def test_error_location_matches_ocamlc(path):
    src = read_source(str(path))
    with pytest.raises(RoburError) as info:
        parse_implementation(src, path.name)
    ours = report(info.value, Source(path.name, src))
    expected = path.with_suffix(".expected").read_bytes().decode("latin-1")
    assert _error_block(ours)[0] == _error_block(expected)[0]


def test_error_messages_mostly_identical():
    """Whole messages (excerpt, carets, notes) equal ocamlc's for almost all."""
    same = 0
    for path in ERRORS:
        src = read_source(str(path))
        try:
            parse_implementation(src, path.name)
        except RoburError as e:
            ours = report(e, Source(path.name, src))
            if ours == path.with_suffix(".expected").read_bytes().decode("latin-1").rstrip("\n"):
                same += 1
    assert same >= len(ERRORS) - 4, f"only {same} of {len(ERRORS)} identical"


def test_ocamlc_still_agrees_on_the_error_files():
    """The .expected files are what this ocamlc prints (catches a stale corpus)."""
    for path in ERRORS[:10]:
        r = run_ocamlc(["-stop-after", "parsing", "-c", "-o", "/dev/null", path.name], cwd=path.parent)
        assert r.returncode == 2
        assert r.stderr == path.with_suffix(".expected").read_bytes()


@pytest.mark.parametrize("path", UNSUPPORTED, ids=ids(UNSUPPORTED))
def test_unsupported_feature_is_a_clear_error(path):
    src = read_source(str(path))
    r = run_ocamlc(["-stop-after", "parsing", "-w", "-a", "-c", "-o", "/dev/null", path.name], cwd=path.parent)
    assert r.returncode == 0, "valid OCaml"
    with pytest.raises(RoburError) as info:
        parse_implementation(src, path.name)
    assert info.value.message.endswith("not supported by robur")
    text = report(info.value, Source(path.name, src))
    assert re.match(r'File "[^"]+", line \d+, characters \d+-\d+:', text)
