"""The parser reads every program as ocamlc does.

Oracle: robur prints its tree fully parenthesised; ocamlc's -dparsetree of that
text must equal its -dparsetree of the original (locations aside).  A wrong
precedence, associativity or desugaring shows up as a different parsetree.
"""
from __future__ import annotations

import re
import subprocess

import pytest

from robur.syntax.lexer import read_source
from robur.syntax.parser import parse_implementation
from robur.syntax.printer import structure
from tests.conftest import require
from tests.syntax.corpus import OK, ids

_LOC = re.compile(r"\([^()\[\]]*\[\d+,\d+\+\d+\]\.\.\[\d+,\d+\+\d+\]\)( ghost)?")


def parsetree(path) -> list[str]:
    require("ocamlc")
    r = subprocess.run(["ocamlc", "-dparsetree", "-stop-after", "parsing", "-w", "-a", "-c",
                        "-o", "/dev/null", str(path)], capture_output=True)
    assert r.returncode == 0, r.stderr
    return normalise(r.stderr.decode("latin-1"))


def normalise(dump: str) -> list[str]:
    """Drop locations, doc-comment attributes (robur keeps no docstrings in
    the AST) and the empty `Ptyp_poly` OCaml wraps around `let x : t = e`."""
    lines = [_LOC.sub("", l).rstrip() for l in dump.splitlines()]
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped in ('attribute "ocaml.doc"', 'attribute "ocaml.text"'):
            indent = len(line) - len(line.lstrip())
            i += 1
            while i < len(lines) and (len(lines[i]) - len(lines[i].lstrip()) > indent
                                      or lines[i].strip() in ("[", "]")):
                i += 1
                if lines[i - 1].strip() == "]" and len(lines[i - 1]) - len(lines[i - 1].lstrip()) <= indent + 2:
                    break
            continue
        if stripped == "Ptyp_poly":
            i += 2   # the wrapper and its inner core_type header
            continue
        out.append(stripped)
        i += 1
    return out


@pytest.mark.parametrize("path", OK, ids=ids(OK))
def test_ocamlc_reads_our_tree_the_same(path, tmp_path):
    tree = parse_implementation(read_source(str(path)), path.name)
    printed = tmp_path / "printed.ml"
    printed.write_bytes(structure(tree).encode("latin-1"))
    assert parsetree(printed) == parsetree(path)


@pytest.mark.parametrize("source", [
    "let x = a :: b @ c", "let x = - 2 ** 2", "let x = !r.f", "let x = a || b && c",
    "let x = if a then b else c, d", "let () = x := y; z", "let x = a, b :: c",
    "let x = f x.y.(0)", "let x = -1 - -2", "let x = 1 + let y = 2 in y * 3",
    "let x = match a with A -> b | B -> match c with C -> d | D -> e",
    "let x = fun a -> a, b", "let () = a.(i) <- v; w", "let x = a.x <- b || c",
    "let x = not a && b", "let x = a = b = c", "let x = a ** b ** c", "let x = a @ b @ c",
    "let x = f -1", "let x = C x, y", "let x = a; if b then c; d", "let x = a - b + c",
    "let x = x :: y :: z = w", "let x = a.x <- 1, 2", "let x = a := b, c",
    "let x = (a : int) :: []", "let f = function A | B as x -> x | C, D -> e",
    "let x = a lsl b lsl c", "let x = a mod b * c", "let x = a ^ b ^ c = d",
])
def test_precedence_examples(source, tmp_path):
    original = tmp_path / "original.ml"
    original.write_text(source)
    printed = tmp_path / "printed.ml"
    printed.write_bytes(structure(parse_implementation(source)).encode("latin-1"))
    assert parsetree(printed) == parsetree(original)
