"""Documentation comments of interfaces, for the REPL (``#doc``, the
completion menu's help line).

The convention is ocamldoc's "after" form, the one stdlib/*.mli follows: a
comment ``(** ... *)`` right after a signature item (``val``, ``external``,
``type``, ``exception``, ``module``), before the next item starts,
documents that item; the first one of a file, before any item, documents
the module.  Items are found by their keyword tokens, so an item is known by
the offset of its first token, which is where the type checker's
descriptions start (``ValueDesc.loc``, ``TypeDecl.loc``): a description
leads straight to its documentation, also through functor applications
(``Map.Make(String).add`` keeps the location of ``Map.S.add``).
"""
from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Optional

from ..syntax.lexer import Lexer, read_source
from ..syntax.location import Location, RoburError

MODULE = -1          # the key of a file's own documentation

_ITEM_STARTS = {"VAL", "EXTERNAL", "TYPE", "EXCEPTION", "MODULE", "INCLUDE", "OPEN"}
# `type` after these is part of something else: `module type S`,
# `with type t = ...`, `and type u = ...` (constraints)
_NOT_AN_ITEM_AFTER = {"MODULE", "WITH", "AND"}

# path -> (mtime, size, docs)
_CACHE: dict[str, tuple[float, int, dict[int, str]]] = {}


def item_docs(text: str, file: str = "_none_") -> dict[int, str]:
    """Item start offset -> its documentation (``MODULE`` for the file's)."""
    lexer = Lexer(text, file)
    # (offset, item): where an item starts, or where a `sig`/`struct` it
    # opened ends (a comment after that `end` still documents the item)
    marks: list[tuple[int, int]] = []
    opened: list[int] = []
    current = MODULE
    prev = ""
    for t in lexer.tokens():
        k = t.type
        if k in _ITEM_STARTS and not (k == "TYPE" and prev in _NOT_AN_ITEM_AFTER):
            current = t.start_pos
            marks.append((current, current))
        elif k in ("SIG", "STRUCT"):
            opened.append(current)
        elif k == "END" and opened:
            current = opened.pop()
            marks.append((t.start_pos, current))
        prev = k
    docs: dict[int, str] = {}
    k = 0                                   # marks[:k] come before the comment
    for loc, comment in lexer.comments:
        if not comment.startswith("(**") or comment.startswith("(***") or comment == "(**)":
            continue
        while k < len(marks) and marks[k][0] < loc.start:
            k += 1
        owner = marks[k - 1][1] if k else MODULE
        docs.setdefault(owner, clean(comment))
    return docs


def clean(comment: str) -> str:
    """The text of a ``(** ... *)`` comment, dedented, without its marks."""
    body = comment[3:-2]
    first, _, rest = body.partition("\n")
    text = first.strip() + ("\n" + textwrap.dedent(rest) if rest else "")
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _resolve(file: str) -> Optional[Path]:
    """A description's file: a path as given, or an interface of stdlib/."""
    p = Path(file)
    if p.is_file():
        return p
    from .stdlib_env import STDLIB_DIR
    q = STDLIB_DIR / p.name
    return q if q.is_file() else None


def docs_of_file(file: str) -> dict[int, str]:
    path = _resolve(file)
    if path is None or path.suffix != ".mli":
        return {}
    try:
        st = os.stat(path)
    except OSError:
        return {}
    key = str(path)
    hit = _CACHE.get(key)
    if hit is not None and hit[:2] == (st.st_mtime, st.st_size):
        return hit[2]
    try:
        docs = item_docs(read_source(str(path)), path.name)
    except (RoburError, OSError):
        docs = {}
    _CACHE[key] = (st.st_mtime, st.st_size, docs)
    return docs


def doc_at(loc: Optional[Location]) -> Optional[str]:
    """The documentation of the item a description was made from."""
    if loc is None or not loc.file or loc.file.startswith("_"):
        return None
    return docs_of_file(loc.file).get(loc.start)


def module_doc(file: str) -> Optional[str]:
    return docs_of_file(file).get(MODULE)


def first_sentence(doc: str) -> str:
    """The doc's first sentence, on one line (the completion menu's help)."""
    flat = " ".join(doc.split())
    end = flat.find(". ")
    return flat if end < 0 else flat[:end + 1]
