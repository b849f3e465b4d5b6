"""parse(print(ast)) == ast on the whole corpus (locations aside)."""
from __future__ import annotations

import pytest

from robur.syntax.lexer import read_source
from robur.syntax.parser import parse_implementation
from robur.syntax.printer import structure
from tests.syntax.corpus import OK, ids


@pytest.mark.parametrize("path", OK, ids=ids(OK))
def test_round_trip(path):
    tree = parse_implementation(read_source(str(path)), path.name)
    printed = structure(tree)
    assert parse_implementation(printed, "printed.ml") == tree


def test_equality_sees_real_differences():
    a = parse_implementation("let x = 1 + 2 * 3")
    b = parse_implementation("let x = (1 + 2) * 3")
    assert a != b
