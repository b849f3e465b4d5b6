"""Syntax errors in toplevel phrases are reported as `ocaml` reports them
(`Line 1, characters 8-9:` instead of `File ...`)."""
from __future__ import annotations

import subprocess

import pytest

from robur.syntax.location import RoburError, Source, report
from robur.syntax.parser import parse_phrase
from tests.conftest import require

PHRASES = [
    "let x = );;",
    "let y =\n  (1 +\n 2;;",
    "let f x = match x with | 1 -> 2 | -> 3;;",
    "type t = A | of int;;",
    "let s = [1; 2;;",
    "1 + * 2;;",
]


def ocaml_transcript(script: str) -> str:
    require("ocaml")
    r = subprocess.run(["ocaml", "-noprompt", "-nopromptcont"], input=script.encode("latin-1"),
                       capture_output=True)
    out = (r.stdout + r.stderr).decode("latin-1")
    return out.split("\n", 2)[2]     # drop the banner and the blank line


@pytest.mark.parametrize("phrase", PHRASES)
def test_phrase_error_matches_toplevel(phrase):
    with pytest.raises(RoburError) as info:
        parse_phrase(phrase)
    ours = report(info.value, Source("//toplevel//", phrase, toplevel=True))
    assert ocaml_transcript(phrase + "\n").rstrip("\n") == ours
