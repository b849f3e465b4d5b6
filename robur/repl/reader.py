"""Reading toplevel input: when is what the user typed a complete phrase?

The parser decides, as OCaml's toplevel does: input is *complete* when it
parses as a phrase ending with ``;;``, *incomplete* when the parse runs out of
input (no ``;;`` yet, an open ``struct``, an unterminated string or comment:
the user is still typing), and an *error* when the parser fails before the
end (Enter then submits it, and the error is reported).  ``;;`` inside
``struct ... end`` therefore does not end a phrase.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..syntax.lexer import Lexer
from ..syntax.location import SyntaxError_
from ..syntax.parser import parse_phrase


class Status(Enum):
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    ERROR = "error"


def _lex_incomplete(message: str) -> bool:
    return message in ("Comment not terminated", "String literal not terminated") or \
        message.startswith("This comment contains an unterminated string")


def phrase_status(text: str) -> Status:
    """Classify the input typed so far (robur source text)."""
    if not text.strip():
        return Status.INCOMPLETE
    try:
        parse_phrase(text)
        return Status.COMPLETE
    except SyntaxError_ as e:
        if _lex_incomplete(e.message) or e.loc.start >= len(text.rstrip()):
            return Status.INCOMPLETE
        return Status.ERROR


@dataclass(frozen=True)
class Phrase:
    text: str
    start: int      # offset of the phrase in the input
    end: int        # offset just past its ";;"


def next_phrase(text: str, start: int) -> tuple[int | None, Status]:
    """Where the phrase starting at ``start`` ends (just past its ``;;``)
    and whether it is complete or an error; (None, INCOMPLETE) when no
    ``;;`` ends it.  A phrase with a syntax error ends at the first ``;;``
    after which it cannot be completed."""
    for end in semisemi_ends(text, start):
        status = phrase_status(text[start:end])
        if status is not Status.INCOMPLETE:
            return end, status
    return None, Status.INCOMPLETE


def split_phrases(text: str) -> tuple[list[Phrase], str]:
    """Cut input holding several phrases (``let a = 1;; let b = 2;;``) into
    phrases; returns them and the unfinished rest."""
    phrases: list[Phrase] = []
    start = 0
    while True:
        cut, _ = next_phrase(text, start)
        if cut is None:
            return phrases, text[start:]
        phrases.append(Phrase(text[start:cut], start, cut))
        start = cut


def semisemi_ends(text: str, start: int) -> list[int]:
    """Offsets just past each ``;;`` token (not inside strings or comments)."""
    ends = []
    lexer = Lexer(text, "", start)
    try:
        for tok in lexer.tokens():
            if tok.type == "SEMISEMI":
                ends.append(tok.end_pos)
    except SyntaxError_:
        pass
    return ends
