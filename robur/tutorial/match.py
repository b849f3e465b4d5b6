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

The output of a program that keeps running (a ``terminal=`` block, see
format.py) is a stream: ``match_prefix`` says whether the expected lines
match the first lines printed since the last block, and how many.
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


@dataclass
class StreamMatch:
    consumed: int | None        # lines matched by the block, when it matched
    mismatch: Mismatch | None   # else the difference to report
    waiting: bool = False       # more output could still make it match


def match_prefix(expected: list[str], actual: list[str]) -> StreamMatch:
    """The stream form of ``compare``: does ``expected`` match the first
    lines of ``actual``?  When it does, ``consumed`` is the smallest n such
    that it matches ``actual[:n]`` exactly (the lines after it are left for
    the next block).  Otherwise ``mismatch`` says where it differs: the
    expected line that came furthest, and the line found there, or None
    when the output so far is a good start and the block ``waiting`` for
    more; when not ``waiting``, no output to come can make it match.
    ``{{lines}}`` matches any number of lines, as in ``compare``; trailing
    blank expected lines are ignored."""
    exp = [l.rstrip() for l in expected]
    while exp and not exp[-1]:
        exp.pop()
    patterns = [None if e.strip() == "{{lines}}" else line_pattern(e) for e in exp]

    def closure(states: set[int]) -> set[int]:
        todo = list(states)
        while todo:
            i = todo.pop()
            if i < len(exp) and patterns[i] is None and i + 1 not in states:
                states.add(i + 1)
                todo.append(i + 1)
        return states

    states = closure({0})
    furthest: Mismatch | None = None       # the difference that came furthest
    for j, line in enumerate(actual):
        if len(exp) in states:
            return StreamMatch(j, None)
        line = line.rstrip()
        nxt = set()
        for i in states:
            if patterns[i] is None:
                nxt.add(i)                 # {{lines}} takes this line too
            elif patterns[i].match(line):
                nxt.add(i + 1)
            elif furthest is None or i >= furthest.expected_line:
                furthest = Mismatch(i, j, exp[i], line)
        if not nxt:
            return StreamMatch(None, furthest)
        states = closure(nxt)
    if len(exp) in states:
        return StreamMatch(len(actual), None)
    i = max(s for s in states if patterns[s] is not None)
    if furthest is not None and furthest.expected_line > i:
        # a line differed after more of the block had matched than what is
        # still possible: the likelier report
        return StreamMatch(None, furthest, waiting=True)
    return StreamMatch(None, Mismatch(i, len(actual), exp[i], None), waiting=True)
