"""The pygments lexer covers every character and never fails."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from pygments.token import Comment, Error, Keyword, Name, Number, Operator, String

from robur.repl.lexer import RoburLexer


def tokens(text: str) -> list:
    return list(RoburLexer().get_tokens_unprocessed(text))


def test_classification():
    got = {(v, t) for _, t, v in tokens('let rec f (x : \'a) = M.g "s" 1 + x (* c (* n *) *) [@inline]')}
    assert ("let", Keyword) in got and ("rec", Keyword) in got
    assert ("M", Name.Class) in got and ("g", Name) in got
    assert ('"s"', String) in got and ("1", Number) in got and ("+", Operator) in got
    assert ("(* c (* n *) *)", Comment) in got


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_every_character_is_covered(text):
    toks = tokens(text)
    assert "".join(v for _, _, v in toks) == text
    positions = [p for p, _, _ in toks]
    assert positions == sorted(positions)


def test_half_typed_input():
    toks = tokens('let s = "unterminated\nlet x = 1')
    assert toks[-1][1] in (String,) and "unterminated" in toks[-1][2]
    toks = tokens("let x = 1 (* open comment")
    assert toks[-1][1] == Comment
    toks = tokens("let x = 1 \x01 + 2")
    assert any(t == Error for _, t, _ in toks) and toks[-1][2] == "2"
