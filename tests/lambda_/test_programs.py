"""Differential tests: every program in programs/ (a file, or a directory
of units) runs under the test evaluator of its lambda translation and
under OCaml (ocamlc); stdout and exit status must be identical."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import require

from .harness import (PROGRAMS, NotTyped, program_sources, run_ocaml, run_robur,
                      unit_order)

# Programs the translation cannot handle yet, and why (they must fail: when
# one starts passing, move it out of this list).
KNOWN_GAPS: dict[str, str] = {}

CASES = sorted(p for p in PROGRAMS.iterdir() if p.suffix == ".ml" or p.is_dir())


PARAMS = [pytest.param(p, id=p.name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[p.name]))
          if p.name in KNOWN_GAPS else pytest.param(p, id=p.name) for p in CASES]


@pytest.mark.parametrize("path", PARAMS)
def test_program_matches_ocaml(path: Path) -> None:
    require("ocamlc")
    sources = program_sources(path)
    try:
        got = run_robur(sources)
    except NotTyped as e:
        pytest.skip(f"robur.typing cannot type this program yet: {e}")
    want = run_ocaml(sources, unit_order(sources))
    assert got.stdout.decode("latin-1") == want.stdout.decode("latin-1")
    assert got.status == want.status


def test_there_are_enough_programs() -> None:
    assert len(CASES) >= 60
