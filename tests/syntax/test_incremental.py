"""Incremental re-parsing gives exactly what a full parse gives."""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from robur.syntax.incremental import ParsedUnit, collect_locations
from robur.syntax.lexer import read_source
from robur.syntax.location import RoburError
from robur.syntax.parser import parse_implementation
from tests.syntax.corpus import OK

LARGE = [p for p in OK if "large" in p.stem]


def loc_key(tree) -> list[tuple[int, int, int, int, int]]:
    return [(l.start, l.end, l.line, l.col, l.end_line) for l in collect_locations(tree)]


def check_same_as_full(unit: ParsedUnit, text: str) -> None:
    try:
        full = parse_implementation(text, unit.file)
    except RoburError as e:
        with pytest.raises(RoburError) as info:
            unit.update(text)
        assert (info.value.loc.start, info.value.message) == (e.loc.start, e.message)
        return
    items = unit.update(text)
    assert items == full
    assert loc_key(items) == loc_key(full)


def test_one_line_edit_reparses_few_items():
    text = read_source(str(LARGE[0]))
    unit = ParsedUnit.parse(text, "big.ml")
    lines = text.split("\n")
    k = len(lines) // 2
    while not lines[k].strip().startswith("|") and "=" not in lines[k]:
        k += 1
    lines[k] = lines[k] + " "          # a harmless edit in the middle
    lines.insert(k, "(* a new comment line *)")
    new = "\n".join(lines)
    check_same_as_full(unit, new)
    assert not unit.stats.full
    assert unit.stats.reparsed_items <= 4 < unit.stats.total_items


def test_edit_that_changes_item_boundaries_falls_back():
    unit = ParsedUnit.parse("let x = 1\nlet y = 2\nlet z = 3\n", "a.ml")
    check_same_as_full(unit, "let x = 1\nlet y = 2 in y\nlet z = 3\n")   # a syntax error now
    unit = ParsedUnit.parse("let x = 1\nlet y = 2\nlet z = 3\n", "a.ml")
    check_same_as_full(unit, "let x = 1\nlet y = 2 +\nlet z = 3\n")


_EDITS = st.sampled_from(["", " ", "\n", "x", "1", ";;", "let", "(", ")", "in", "+ 1", "(* c *)", "\"s\"", "|"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**9), edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 6), _EDITS), min_size=1, max_size=4))
def test_random_edits_match_full_parse(seed, edits):
    path = random.Random(seed).choice(OK)
    text = read_source(str(path))
    unit = ParsedUnit.parse(text, path.name)
    for where, cut, insert in edits:
        pos = int(where * len(text))
        new = text[:pos] + insert + text[pos + cut:]
        try:
            check_same_as_full(unit, new)
        except RoburError:
            raise
        if unit.text != new:        # the update raised: start again from the new text
            try:
                unit = ParsedUnit.parse(new, path.name)
            except RoburError:
                return
        text = new


def test_edit_joining_lines_moves_the_next_item_sideways():
    """Deleting the newline before an item changes its column, not just its
    line: the item must be re-parsed, not shifted."""
    text = "let a = 1\nlet b = if true then 2\nlet c = 3\n"
    unit = ParsedUnit.parse(text, "j.ml")
    check_same_as_full(unit, "let a = 1\nlet b = if true then 2 let c = 3\n")
    unit = ParsedUnit.parse(text, "j.ml")
    check_same_as_full(unit, "let a = 1\nlet b = if true then 22\nlet c = 3\n")
    assert unit.stats.reparsed_items == 1
