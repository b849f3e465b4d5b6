"""``robur parse`` / ``--dump=ast``: the AST as an indented tree, one node a
line, with its location, in the spirit of ``ocamlc -dparsetree``."""
from __future__ import annotations

from typing import Iterator

from .incremental import _fields
from .location import Location


def _loc(loc: Location) -> str:
    return f"[{loc.line}:{loc.col}-{loc.end_line}:{loc.col + loc.end - loc.start if loc.line == loc.end_line else '..'}]"


def dump(node: object, indent: int = 0) -> Iterator[str]:
    pad = "  " * indent
    if isinstance(node, list):
        if not node:
            yield pad + "[]"
            return
        yield pad + "["
        for x in node:
            yield from dump(x, indent + 1)
        yield pad + "]"
        return
    if isinstance(node, tuple) and all(isinstance(x, str) for x in node):
        yield pad + ".".join(node)
        return
    if isinstance(node, tuple):
        yield pad + "("
        for x in node:
            yield from dump(x, indent + 1)
        yield pad + ")"
        return
    if not hasattr(node, "__slots__") or isinstance(node, (str, int, float, bool)) or node is None:
        yield pad + repr(node)
        return
    fields = [f for f in _fields(type(node)) if f != "loc"]
    loc = getattr(node, "loc", None)
    head = type(node).__name__ + (" " + _loc(loc) if isinstance(loc, Location) and loc.file != "_none_" or isinstance(loc, Location) and loc.end else "")
    simple = []
    nested = []
    for f in fields:
        v = getattr(node, f, None)
        if v is None or v == [] or (f == "attrs" and not v):
            continue
        if isinstance(v, (str, int, bool)) or (isinstance(v, tuple) and all(isinstance(x, str) for x in v)):
            simple.append(f"{f}={'.'.join(v) if isinstance(v, tuple) else repr(v)}")
        else:
            nested.append((f, v))
    yield pad + head + ("" if not simple else " " + " ".join(simple))
    for f, v in nested:
        yield pad + "  " + f + ":"
        yield from dump(v, indent + 2)
