"""Fuzzing the front end: every input gives a tree or a located RoburError,
never another exception (a user never sees a Python traceback)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from robur.syntax.lexer import read_source
from robur.syntax.location import RoburError, Source, report
from robur.syntax.parser import parse_implementation, parse_interface, parse_phrase
from tests.syntax.corpus import OK

WORDS = [
    "let", "rec", "in", "and", "fun", "function", "match", "with", "try", "if", "then", "else",
    "begin", "end", "while", "do", "done", "for", "to", "downto", "type", "of", "module", "struct",
    "sig", "functor", "open", "include", "exception", "external", "val", "mutable", "when", "as",
    "assert", "lazy", "x", "y", "f", "M", "C", "Some", "None", "1", "2.5", "0x1F", "'a'", "'b",
    "\"s\"", "{|q|}", "(", ")", "[", "]", "[|", "|]", "{", "}", ";", ";;", ",", ".", "..", ":", "::",
    ":=", "<-", "->", "=", "<>", "<", ">", "|", "||", "&&", "+", "-", "*", "/", "+.", "-.", "**",
    "@", "^", "!", "~-", "_", "mod", "land", "lsl", "[@a]", "[@@b]", "[@@@c]", "(* c *)", "#", "`A",
    "~x", "?y", "object", "class", "\n", "\\", "'", "\"", "(*", "*)", "{x|", "$", "%", "\x00", "é",
]
SAFE = (RoburError,)


def _check(text: str) -> None:
    for parse in (parse_implementation, parse_interface, parse_phrase):
        try:
            parse(text, "fuzz.ml")
        except SAFE as e:
            rendered = report(e, Source("fuzz.ml", text))
            assert rendered.startswith(("File ", "Line ")) and "Error" in rendered


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_random_token_sequences(words):
    _check(" ".join(words))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=255), max_size=80))
def test_random_bytes(text):
    _check(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(OK) - 1), cuts=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 8), st.sampled_from(WORDS + [""])), min_size=1, max_size=5))
def test_mutated_corpus(index, cuts):
    text = read_source(str(OK[index]))
    for where, length, insert in cuts:
        pos = int(where * len(text))
        text = text[:pos] + insert + text[pos + length:]
    _check(text)


def test_deep_nesting_is_not_a_crash():
    _check("let x = " + "(" * 3000 + "1" + ")" * 3000)
    _check("let x = " + "[" * 2000 + "1" + "]" * 2000)
    _check("let x = " + " + ".join(["1"] * 5000))
