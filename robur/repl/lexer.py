"""A pygments lexer for robur's language, built on robur's own lexer so that
highlighting agrees with the compiler (nested comments, quoted strings,
character literals versus type variables).

It must survive half-typed input: at a lexical error (an unterminated string
or comment, an illegal character) the rest of the offending construct is
marked and lexing resumes after it.
"""
from __future__ import annotations

from typing import Iterator

from pygments.lexer import Lexer as PygmentsLexer
from pygments.token import (Comment, Error, Keyword, Name, Number, Operator, Punctuation, String,
                            Text, _TokenType)

from ..syntax.lexer import KEYWORDS, Lexer
from ..syntax.location import SyntaxError_

_PUNCTUATION = {"LPAREN", "RPAREN", "LBRACKET", "RBRACKET", "LBRACKETBAR", "BARRBRACKET", "LBRACE",
                "RBRACE", "COMMA", "SEMI", "SEMISEMI", "DOT", "DOTDOT", "COLON"}
_ATTRIBUTES = {"LBRACKETAT", "LBRACKETATAT", "LBRACKETATATAT"}
_KEYWORD_TYPES = {v for k, v in KEYWORDS.items() if k.isalpha() and not v.startswith("INFIXOP")}


def token_class(kind: str, value: object) -> _TokenType:
    if kind in ("TRUE", "FALSE"):
        return Keyword.Constant
    if kind in _KEYWORD_TYPES:
        return Keyword
    if kind == "UIDENT":
        return Name.Class
    if kind == "LIDENT":
        return Name
    if kind in ("INT", "FLOAT"):
        return Number
    if kind == "CHAR":
        return String.Char
    if kind == "STRING":
        return String
    if kind in _ATTRIBUTES:
        return Name.Decorator
    if kind in _PUNCTUATION:
        return Punctuation
    if kind == "QUOTE":
        return Name.Variable
    if kind == "INFIXOP3" and isinstance(value, str) and value.isalpha():
        return Operator.Word
    return Operator


class RoburLexer(PygmentsLexer):
    name = "robur"
    aliases = ["robur", "ocaml-robur"]
    filenames = ["*.ml", "*.mli"]

    def get_tokens_unprocessed(self, text: str) -> Iterator[tuple[int, _TokenType, str]]:
        pos = 0
        n = len(text)
        while pos < n:
            lexer = Lexer(text, "", start=pos, line=1, bol=0)
            spans: list[tuple[int, int, _TokenType]] = []
            stop = n
            try:
                for tok in lexer.tokens():
                    spans.append((tok.start_pos, tok.end_pos, token_class(tok.type, tok.value)))
            except SyntaxError_ as e:
                # mark from the error to the end of the line (or, for an
                # unterminated comment/string, to the end of the text)
                start = e.loc.start
                if "not terminated" in e.message or "unterminated" in e.message:
                    kind = Comment if "omment" in e.message else String
                    spans.append((start, n, kind))
                    stop = n
                else:
                    end = max(e.loc.end, start + 1)
                    spans.append((start, end, Error))
                    stop = end
            for loc, _ in lexer.comments:
                spans.append((loc.start, loc.end, Comment))
            spans.sort()
            cursor = pos
            for start, end, kind in spans:
                if start < cursor:
                    continue
                if start > cursor:
                    yield cursor, Text, text[cursor:start]
                yield start, kind, text[start:end]
                cursor = end
            if stop == n or cursor >= n:
                if cursor < n:
                    yield cursor, Text, text[cursor:]
                return
            pos = max(cursor, stop)
