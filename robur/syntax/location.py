"""Source locations and the errors that carry them.

A Location is a half-open range of character offsets into one source text,
with the line and column of its start and the line of its end, which is all
OCaml's messages need.  Locations are mutable on purpose: the incremental
parser shifts the locations of unchanged items after an edit instead of
rebuilding them (see incremental.py).

Every error the front end reports is a ``RoburError`` carrying a Location;
text is produced only by ``report`` (like OCaml's Location.report), which
renders OCaml 4.13's layout:

    File "a.ml", line 1, characters 8-9:
    1 | let x = )
                ^
    Error: Syntax error
"""
from __future__ import annotations

from dataclasses import dataclass, field


class Location:
    __slots__ = ("file", "start", "end", "line", "col", "end_line")

    def __init__(self, file: str, start: int, end: int, line: int, col: int, end_line: int):
        self.file = file
        self.start = start          # offset of the first character
        self.end = end              # offset just past the last character
        self.line = line            # 1-based line of ``start``
        self.col = col              # 0-based column of ``start``
        self.end_line = end_line    # 1-based line of ``end``

    @property
    def end_col(self) -> int:
        """OCaml's end "character": counted from the start line's beginning."""
        return self.col + (self.end - self.start)

    def shift(self, offset: int, lines: int) -> None:
        self.start += offset
        self.end += offset
        self.line += lines
        self.end_line += lines

    def __repr__(self) -> str:
        return f"Location({self.file!r}, {self.line}:{self.col}-{self.end_line}, {self.start}-{self.end})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Location) and self.start == other.start and self.end == other.end
                and self.file == other.file)

    def __hash__(self) -> int:
        return hash((self.file, self.start, self.end))


NOWHERE = Location("_none_", 0, 0, 1, 0, 1)


def span(a: Location, b: Location) -> Location:
    """The location from the start of ``a`` to the end of ``b``."""
    return Location(a.file, a.start, b.end, a.line, a.col, b.end_line)


@dataclass
class Note:
    """A secondary located message, like OCaml's "This '(' might be unmatched"."""
    loc: Location
    text: str


class RoburError(Exception):
    """An error in the user's program.  ``kind`` is the word after the location
    header: "Error" or "Warning 8 [partial-match]"."""

    kind = "Error"

    def __init__(self, loc: Location, message: str, notes: list[Note] | None = None):
        super().__init__(message)
        self.loc = loc
        self.message = message
        self.notes = notes or []


class SyntaxError_(RoburError):
    """A lexical or syntax error (named with an underscore: not Python's).
    ``warnings`` holds what the lexer warned about before the error, which
    OCaml prints first."""

    def __init__(self, loc: Location, message: str, notes: list[Note] | None = None):
        super().__init__(loc, message, notes)
        self.warnings: list["Diagnostic"] = []


class Diagnostic(RoburError):
    """A warning or alert; ``kind`` is e.g. "Warning 14 [illegal-backslash]"."""

    def __init__(self, loc: Location, kind: str, message: str, notes: list[Note] | None = None):
        super().__init__(loc, message, notes)
        self.kind = kind


@dataclass
class Source:
    """A source text (one character per byte: lexer.read_source) with a name,
    for rendering locations.  ``toplevel`` selects the toplevel's header
    (``Line 1, characters ...``) instead of ``File``."""
    name: str
    text: str
    toplevel: bool = False
    _lines: list[str] | None = field(default=None, repr=False)

    def lines(self) -> list[str]:
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines


def header(loc: Location, src: Source | None) -> str:
    # Source text holds one character per byte (lexer.read_source), so
    # these are OCaml's byte counts.
    startchar = loc.col
    endchar = loc.col + (loc.end - loc.start)
    if src is not None and src.toplevel:
        where = f"Line {loc.line}" if loc.line == loc.end_line else f"Lines {loc.line}-{loc.end_line}"
        return f"{where}, characters {startchar}-{endchar}:"
    where = f"line {loc.line}" if loc.line == loc.end_line else f"lines {loc.line}-{loc.end_line}"
    return f'File "{loc.file}", {where}, characters {startchar}-{endchar}:'


def excerpt(loc: Location, src: Source) -> list[str]:
    """The quoted source lines with carets, as OCaml 4.13 prints them."""
    lines = src.lines()
    if not (1 <= loc.line <= len(lines)):
        return []
    if loc.start == loc.end and loc.start >= len(src.text.rstrip("\n")):
        return []   # OCaml prints no excerpt for an empty location at end of input
    if loc.line == loc.end_line:
        text = lines[loc.line - 1]
        if loc.start == loc.end:
            return []
        prefix = f"{loc.line} | "
        width = max(1, min(loc.end - loc.start, len(text) - loc.col))
        return [prefix + text, " " * (len(prefix) + loc.col) + "^" * width]
    last = min(loc.end_line, len(lines))
    width = len(str(last))
    shown = list(range(loc.line, last + 1))
    out = []
    if len(shown) > 6:   # OCaml elides the middle of long ranges
        shown = shown[:3] + [-1] + shown[-2:]
    for n in shown:
        if n == -1:
            out.append("." * (width + 2) + "..")
            continue
        out.append(f"{n:>{width}} | {lines[n - 1]}")
    return out


def report(err: RoburError, src: Source | None) -> str:
    """Render an error (and its notes) exactly as ocamlc / the toplevel do,
    after the warnings that preceded it.  The result holds one character per
    byte; ``to_terminal`` makes it text."""
    parts = [report(w, src) for w in getattr(err, "warnings", [])]
    parts.append(header(err.loc, src))
    if src is not None:
        parts += excerpt(err.loc, src)
    parts.append(f"{err.kind}: {err.message}")
    for note in err.notes:
        parts.append(header(note.loc, src))
        if src is not None:
            parts += excerpt(note.loc, src)
        parts.append(f"  {note.text}")
    return "\n".join(parts)


def to_terminal(s: str) -> str:
    """Text with one character per byte, back to the user's (UTF-8) text."""
    return s.encode("latin-1").decode("utf-8", errors="replace")
