"""A small pretty-printer with OCaml's Format semantics.

ocamlc lays out signatures and error messages with Format: boxes (h, v, hv,
hov, b) holding text and break hints, a margin of 78 and a maximum indentation
of 68.  To print exactly what it prints we reproduce its decisions.  Format
decides online with a scan stack; the decisions only depend on the size of
each token (a break's size runs to the next break of the same box or the end
of that box; a box's size is its whole length), so we build the token list,
compute those sizes offline, then replay Format's layout rules.

Usage: build with ``Doc`` methods (``text``, ``brk``, ``open``, ``close``),
or parse a format string with ``Doc.fmt("@[<2>val %s :@ %a@]", ...)``.
"""
from __future__ import annotations

from typing import Callable

MARGIN = 77   # what ocamlc's output fits in (see printtyp.SIG_MARGIN)
MAX_INDENT = 68

_TEXT, _BREAK, _OPEN, _CLOSE, _NEWLINE = range(5)
INFINITY = 1_000_000_010


class Doc:
    """A token stream: (kind, payload, size)."""

    __slots__ = ("toks",)

    def __init__(self) -> None:
        self.toks: list[list] = []

    def text(self, s: str) -> "Doc":
        if s:
            self.toks.append([_TEXT, s, len(s)])
        return self

    def brk(self, nspaces: int = 1, offset: int = 0) -> "Doc":
        self.toks.append([_BREAK, (nspaces, offset), 0])
        return self

    def cut(self) -> "Doc":
        return self.brk(0, 0)

    def newline(self) -> "Doc":
        self.toks.append([_NEWLINE, None, 0])
        return self

    def open(self, kind: str = "b", indent: int = 0) -> "Doc":
        self.toks.append([_OPEN, (kind, indent), 0])
        return self

    def close(self) -> "Doc":
        self.toks.append([_CLOSE, None, 0])
        return self

    def extend(self, other: "Doc") -> "Doc":
        self.toks.extend(other.toks)
        return self

    def fmt(self, spec: str, *args) -> "Doc":
        """A subset of Format's format strings: @[ @[<hv 2> @] @  @, @;<n m>
        @. @\\n %s %d %a (a Callable[[Doc, x], None] and its argument) %t."""
        it = iter(args)
        i, n = 0, len(spec)
        buf: list[str] = []

        def flush() -> None:
            if buf:
                self.text("".join(buf))
                buf.clear()

        while i < n:
            c = spec[i]
            if c == "@" and i + 1 < n:
                d = spec[i + 1]
                i += 2
                if d == "[":
                    flush()
                    kind, indent = "b", 0
                    if i < n and spec[i] == "<":
                        j = spec.index(">", i)
                        parts = spec[i + 1:j].split()
                        i = j + 1
                        if parts and not parts[0].lstrip("-").isdigit():
                            kind = parts.pop(0)
                        if parts:
                            indent = int(parts[0])
                    self.open(kind, indent)
                elif d == "]":
                    flush()
                    self.close()
                elif d == " ":
                    flush()
                    self.brk(1, 0)
                elif d == ",":
                    flush()
                    self.brk(0, 0)
                elif d == ";":
                    flush()
                    if i < n and spec[i] == "<":
                        j = spec.index(">", i)
                        a, b = spec[i + 1:j].split()
                        i = j + 1
                        self.brk(int(a), int(b))
                    else:
                        self.brk(1, 0)
                elif d == "." or d == "\n":
                    flush()
                    self.newline()
                elif d == "@":
                    buf.append("@")
                else:
                    buf.append("@" + d)
            elif c == "%" and i + 1 < n:
                d = spec[i + 1]
                i += 2
                if d == "s" or d == "d":
                    buf.append(str(next(it)))
                elif d == "a":
                    flush()
                    f = next(it)
                    f(self, next(it))
                elif d == "t":
                    flush()
                    next(it)(self)
                elif d == "%":
                    buf.append("%")
                else:
                    buf.append("%" + d)
            else:
                buf.append(c)
                i += 1
        flush()
        return self

    def render(self, margin: int = MARGIN, max_indent: int = MAX_INDENT, start_col: int = 0) -> str:
        return _render(self.toks, margin, max_indent, start_col)


def _compute_sizes(toks: list[list]) -> None:
    """Give each break the length up to the next break of its box (or the
    box's end), and each box its total length, as Format's scan stack does."""
    total = 0
    stack: list[tuple[int, int]] = []   # (token index, total at push)
    for idx, tok in enumerate(toks):
        kind = tok[0]
        if kind == _TEXT:
            total += tok[2]
        elif kind == _BREAK:
            if stack and toks[stack[-1][0]][0] == _BREAK:
                j, t0 = stack.pop()
                toks[j][2] = total - t0
            stack.append((idx, total))
            total += tok[1][0]
        elif kind == _OPEN:
            stack.append((idx, total))
        elif kind == _CLOSE:
            if stack and toks[stack[-1][0]][0] == _BREAK:
                j, t0 = stack.pop()
                toks[j][2] = total - t0
            if stack and toks[stack[-1][0]][0] == _OPEN:
                j, t0 = stack.pop()
                toks[j][2] = total - t0
        elif kind == _NEWLINE:
            # a forced newline flushes: everything pending is "infinitely" long
            for j, _ in stack:
                toks[j][2] = INFINITY
            stack.clear()
    for j, _ in stack:
        toks[j][2] = INFINITY


def _render(toks: list[list], margin: int, max_indent: int, start_col: int) -> str:
    toks = [list(t) for t in toks]
    _compute_sizes(toks)
    out: list[str] = []
    space_left = margin - start_col
    current_indent = 0
    is_new_line = True
    # format stack: (box kind after the fit decision, width)
    fstack: list[tuple[str, int]] = [("hov", margin)]  # Format's system box

    def break_new_line(offset: int, width: int) -> None:
        nonlocal space_left, current_indent, is_new_line
        out.append("\n")
        is_new_line = True
        indent = margin - width + offset
        real = min(max_indent, indent)
        current_indent = real
        space_left = margin - real
        out.append(" " * real)

    def break_same_line(n: int) -> None:
        nonlocal space_left
        space_left -= n
        out.append(" " * n)

    for kind, payload, size in toks:
        if kind == _TEXT:
            space_left -= size
            out.append(payload)
            is_new_line = False
        elif kind == _OPEN:
            bkind, off = payload
            insertion = margin - space_left
            if insertion > max_indent:
                # Format's pp_force_break_line
                if fstack:
                    ty, width = fstack[-1]
                    if width > space_left and ty not in ("fits", "h"):
                        break_new_line(0, width)
            width = space_left - off
            if bkind == "v":
                ty = "v"
            else:
                ty = bkind if size > space_left else "fits"
            fstack.append((ty, width))
        elif kind == _CLOSE:
            if len(fstack) > 1:
                fstack.pop()
        elif kind == _NEWLINE:
            if fstack:
                break_new_line(0, fstack[-1][1])
            else:
                out.append("\n")
        elif kind == _BREAK:
            nspaces, off = payload
            if not fstack:
                continue
            ty, width = fstack[-1]
            if ty == "hov":
                if size > space_left:
                    break_new_line(off, width)
                else:
                    break_same_line(nspaces)
            elif ty == "b":
                if is_new_line:
                    break_same_line(nspaces)
                elif size > space_left:
                    break_new_line(off, width)
                elif current_indent > margin - width + off:
                    break_new_line(off, width)
                else:
                    break_same_line(nspaces)
            elif ty in ("hv", "v"):
                break_new_line(off, width)
            elif ty == "fits" or ty == "h":
                break_same_line(nspaces)
    # trailing spaces before newlines are kept (Format keeps them)
    return "".join(out)


Printer = Callable[[Doc, object], None]
