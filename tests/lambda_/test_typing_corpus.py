"""The type checker's corpus (tests/typing/ok, written for signatures)
doubles as more differential tests of the translation: every program that
OCaml compiles is translated (never an error) and, unless it uses a Stdlib
function the test evaluator does not model, run against ocamlc."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import require

from .evaluator import NotModelled
from .harness import NotTyped, run_ocaml, run_robur, translate_sources

CORPUS = Path(__file__).resolve().parents[1] / "typing" / "ok"
CASES = sorted(CORPUS.glob("*.ml"))


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_corpus_program(path: Path) -> None:
    sources = {path.name: path.read_text(encoding="latin-1")}
    try:
        translate_sources(sources)
    except NotTyped as e:
        pytest.skip(f"robur.typing cannot type this program: {e}")
    require("ocamlc")
    try:
        want = run_ocaml(sources)
    except RuntimeError:
        pytest.skip("ocamlc rejects this program (a typing-corpus case about errors)")
    try:
        got = run_robur(sources)
    except NotModelled as e:
        pytest.skip(str(e))
    assert got.stdout.decode("latin-1") == want.stdout.decode("latin-1")
    assert got.status == want.status
