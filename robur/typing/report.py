"""Rendering typing errors and warnings: OCaml 4.13's layout, including
multi-line locations (``lines 7-10, characters 24-3``, the first quoted
line dotted up to the start column), which the front end never needs."""
from __future__ import annotations

from ..syntax.location import RoburError, Source, report as syntax_report


def _end_col(src: Source, end: int) -> int:
    nl = src.text.rfind("\n", 0, end)
    return end - (nl + 1)


def header(err_loc, src: Source | None) -> str:
    loc = err_loc
    if src is not None and src.toplevel and loc.line != loc.end_line:
        return f"Lines {loc.line}-{loc.end_line}, characters {loc.col}-{_end_col(src, loc.end)}:"
    if loc.line == loc.end_line or src is None:
        return f'File "{loc.file}", line {loc.line}, characters {loc.col}-{loc.col + loc.end - loc.start}:'
    return (f'File "{loc.file}", lines {loc.line}-{loc.end_line}, '
            f'characters {loc.col}-{_end_col(src, loc.end)}:')


def _excerpt(loc, src: Source) -> list[str]:
    lines = src.lines()
    last = min(loc.end_line, len(lines))
    width = len(str(last))
    shown = list(range(loc.line, last + 1))
    out = []
    if len(shown) > 6:
        shown = shown[:3] + [-1] + shown[-2:]
    for n in shown:
        if n == -1:
            out.append("." * (width + 2) + "..")
            continue
        text = lines[n - 1]
        if n == loc.line:
            text = "." * loc.col + text[loc.col:]
        out.append(f"{n:>{width}} | {text}")
    return out


def render(err: RoburError, src: Source | None) -> str:
    loc = err.loc
    if loc.line == loc.end_line or src is None:
        return syntax_report(err, src)
    parts = [header(loc, src)] + _excerpt(loc, src) + [f"{err.kind}: {err.message}"]
    return "\n".join(parts)
