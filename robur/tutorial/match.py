"""Comparing what a step printed with what the tutorial says it prints.

Volatile parts of the expected output are written as placeholders, which
match, on one line:

    {{int}}     an integer, e.g. 42 or -7
    {{float}}   a decimal number, e.g. 3.1 or 0.25
    {{ms}}      a duration in milliseconds, e.g. 14 ms or 0.8 ms
    {{size}}    a size, e.g. 3.1 KB, 64 KiB or 512 B
    {{path}}    a file path without spaces
    {{...}}     any text (possibly empty)

and, alone on a line, ``{{lines}}`` matches any number of lines (possibly
none).  Everything else must match exactly, except trailing blanks.  Nothing
is ever skipped silently: a line either matches or is reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDERS = {
    "int": r"-?\d+",
    "float": r"-?\d+(?:\.\d+)?",
    "ms": r"\d+(?:\.\d+)? ?ms",
    "size": r"\d+(?:\.\d+)? ?(?:B|KB|KiB|MB|MiB|GB|GiB)",
    "path": r"\S+",
    "...": r".*?",
}
_TOKEN = re.compile(r"\{\{(int|float|ms|size|path|\.\.\.)\}\}")


def line_pattern(expected: str) -> re.Pattern:
    parts = []
    last = 0
    for m in _TOKEN.finditer(expected):
        parts.append(re.escape(expected[last:m.start()]))
        parts.append(PLACEHOLDERS[m.group(1)])
        last = m.end()
    parts.append(re.escape(expected[last:]))
    return re.compile("".join(parts) + r"\Z")


@dataclass
class Mismatch:
    expected_line: int          # index into the expected lines (or len)
    actual_line: int
    expected: str | None
    actual: str | None


def compare(expected: list[str], actual: list[str]) -> Mismatch | None:
    """None when ``actual`` matches ``expected``; else the first difference."""
    exp = [l.rstrip() for l in expected]
    act = [l.rstrip() for l in actual]
    while exp and not exp[-1]:
        exp.pop()
    while act and not act[-1]:
        act.pop()
    return _match(exp, 0, act, 0)


def _match(exp: list[str], i: int, act: list[str], j: int) -> Mismatch | None:
    while i < len(exp):
        if exp[i].strip() == "{{lines}}":
            if i + 1 == len(exp):
                return None
            best: Mismatch | None = None
            for k in range(j, len(act) + 1):
                m = _match(exp, i + 1, act, k)
                if m is None:
                    return None
                if best is None or (m.expected_line, m.actual_line) > (best.expected_line, best.actual_line):
                    best = m
            return best
        if j >= len(act) or not line_pattern(exp[i]).match(act[j]):
            return Mismatch(i, j, exp[i], act[j] if j < len(act) else None)
        i += 1
        j += 1
    if j < len(act):
        return Mismatch(i, j, None, act[j])
    return None
