"""Incremental re-parsing of a compilation unit after an edit.

The reload loop re-parses a file every time it is saved, usually after a
one-line change.  ``ParsedUnit.update`` re-parses only the top-level items the
edit touched:

1. The changed range is found from the common prefix and suffix of the old
   and new texts.
2. The region re-parsed spans the touched items, plus an unchanged *guard*
   item on a side where a boundary could move.  Item boundaries are decided
   by the LR parser from the first token of the next item alone, so if the
   guards come out of the region's parse spanning exactly the same tokens as
   before, the region's items are what a full parse would produce.  No guard
   is needed before the region when the edit leaves its first token intact,
   nor after it when the region ends with a closing token (a name, literal,
   bracket, `end`, `done`) and the next item starts with a keyword such as
   `let` or `type`, which cannot continue a finished item.  Otherwise (or on any syntax error) the whole unit is
   parsed again, so errors are always reported as a full parse reports them.
3. The items after the region are kept; their locations are shifted in place
   by the change in length and in line count.  An item that starts on the
   line where the edit ends would also change column, so the region takes it
   in.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import ast as A
from .location import Diagnostic, Location
from .lexer import Token
from .parser import parse

# Tokens after which an item is finished whatever follows it, and keywords
# that can only start a new item after such a token.
_CLOSING = {"LIDENT", "UIDENT", "INT", "FLOAT", "CHAR", "STRING", "RPAREN", "RBRACKET",
            "BARRBRACKET", "RBRACE", "END", "DONE", "TRUE", "FALSE"}
_ITEM_KEYWORDS = ("let", "type", "module", "open", "include", "exception", "external")
_KEYWORD_RE = re.compile(r"[a-z]+|\[@@@")

_FIELDS_CACHE: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS_CACHE.get(cls)
    if names is None:
        slots: list[str] = []
        for klass in reversed(cls.__mro__):
            slots.extend(getattr(klass, "__slots__", ()))
        names = tuple(dict.fromkeys(slots))
        _FIELDS_CACHE[cls] = names
    return names


def collect_locations(node: object) -> list[Location]:
    """Every distinct Location object inside ``node``."""
    seen: set[int] = set()
    out: list[Location] = []
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, Location):
            if id(x) not in seen:
                seen.add(id(x))
                out.append(x)
        elif isinstance(x, (list, tuple)):
            stack.extend(x)
        elif hasattr(x, "__slots__") and not isinstance(x, (str, int, bool)):
            for name in _fields(type(x)):
                v = getattr(x, name, None)
                if v is not None and not isinstance(v, (str, int, bool)):
                    stack.append(v)
    return out


@dataclass
class ReparseStats:
    """What the last update did: for tests and the reload loop's messages."""
    full: bool = True
    reparsed_items: int = 0
    total_items: int = 0


@dataclass
class ParsedUnit:
    """A parsed ``.ml`` text that can be updated after edits."""
    file: str
    text: str
    items: list[A.StructureItem]
    warnings: list[Diagnostic] = field(default_factory=list)
    stats: ReparseStats = field(default_factory=ReparseStats)
    _locs: dict[int, list[Location]] = field(default_factory=dict, repr=False)

    @classmethod
    def parse(cls, text: str, file: str = "_none_") -> "ParsedUnit":
        warnings: list[Diagnostic] = []
        items = parse(text, "implementation", file, warnings)
        unit = cls(file, text, items, warnings)
        unit.stats = ReparseStats(True, len(items), len(items))
        return unit

    # -- item spans ------------------------------------------------------------
    def _starts(self) -> list[int]:
        """Where each item's text begins; the first one owns the file's start."""
        starts = [it.loc.start for it in self.items]
        if starts:
            starts[0] = 0
        return starts

    def _item_locations(self, item: A.StructureItem) -> list[Location]:
        locs = self._locs.get(id(item))
        if locs is None:
            locs = collect_locations(item)
            self._locs[id(item)] = locs
        return locs

    # -- update ----------------------------------------------------------------
    def update(self, new: str) -> list[A.StructureItem]:
        """Re-parse after the text became ``new``; raises SyntaxError_ like a
        full parse would.  Returns the new item list."""
        old = self.text
        if new == old:
            self.stats = ReparseStats(False, 0, len(self.items))
            return self.items
        if not self.items:
            return self._full(new)
        prefix = _common_prefix(old, new)
        suffix = _common_suffix(old, new, limit=min(len(old), len(new)) - prefix)
        old_end = len(old) - suffix          # changed old range: [prefix, old_end)
        starts = self._starts()
        n = len(self.items)
        first = max(0, bisect.bisect_right(starts, prefix) - 1)
        last = max(first, bisect.bisect_right(starts, max(prefix, old_end - 1)) - 1)
        delta = len(new) - len(old)
        # a leading guard unless the edit starts after the item's first token
        head_kw = _KEYWORD_RE.match(old, self.items[first].loc.start)
        head_safe = head_kw is not None and head_kw.group() in _ITEM_KEYWORDS and \
            prefix > head_kw.end()
        lo = first if head_safe or first == 0 else first - 1
        hi = last
        region = self._parse_region(new, lo, hi, starts, delta)
        if region is None:
            return self._full(new)
        items, tokens, warnings = region
        if hi + 1 < n and not self._boundary_safe(new, tokens, starts[hi + 1] + delta):
            hi += 1                # a trailing guard is needed after all
            region = self._parse_region(new, lo, hi, starts, delta)
            if region is None:
                return self._full(new)
            items, tokens, warnings = region
        # The items kept after the region only move by whole lines or by
        # offsets: one that started on the line where the edit ends would
        # also change column, so take it into the region.
        extended = False
        while hi + 1 < n and "\n" not in old[old_end:starts[hi + 1]]:
            hi += 1
            extended = True
        if extended:
            region = self._parse_region(new, lo, hi, starts, delta)
            if region is None:
                return self._full(new)
            items, tokens, warnings = region
        if not self._guards_hold(items, lo, first, hi, last, delta):
            return self._full(new)
        return self._splice(new, items, warnings, lo, hi, prefix, suffix, old_end, delta)

    def _boundary_safe(self, new: str, tokens: list[Token], next_start: int) -> bool:
        if not tokens or tokens[-1].type not in _CLOSING:
            return False
        if not new[next_start - 1:next_start].isspace():
            return False    # the next item's first token might glue to ours
        kw = _KEYWORD_RE.match(new, next_start)
        return kw is not None and (kw.group() in _ITEM_KEYWORDS or kw.group() == "[@@@")

    def _parse_region(self, new: str, lo: int, hi: int, starts: list[int], delta: int):
        n = len(self.items)
        region_start = starts[lo]
        region_end = (starts[hi + 1] if hi + 1 < n else len(self.text)) + delta
        head = self.items[lo]
        line, bol = (1, 0) if lo == 0 else (head.loc.line, head.loc.start - head.loc.col)
        warnings: list[Diagnostic] = []
        tokens: list[Token] = []
        try:
            items = parse(new[:region_end], "implementation", self.file, warnings,
                          offset=region_start, line=line, bol=bol, tokens_out=tokens)
        except Exception:
            return None
        return items, tokens, warnings

    def _guards_hold(self, region: list, lo: int, first: int, hi: int, last: int, delta: int) -> bool:
        """The guards must span exactly the same tokens as before.  (The same
        tokens parsed from an item's start give the same tree.)"""
        if not region:
            return False
        if lo > 0 and isinstance(region[0], A.SEval):
            return False    # legal only after ";;", which lies outside the region
        if lo < first:
            old_head = self.items[lo].loc
            if (region[0].loc.start, region[0].loc.end) != (old_head.start, old_head.end):
                return False
        if hi > last:
            old_tail = self.items[hi].loc
            if (region[-1].loc.start, region[-1].loc.end) != (old_tail.start + delta, old_tail.end + delta):
                return False
        return True

    def _splice(self, new: str, region: list, warnings: list[Diagnostic], lo: int, hi: int,
                prefix: int, suffix: int, old_end: int, delta: int) -> list[A.StructureItem]:
        old = self.text
        starts = self._starts()
        n = len(self.items)
        region_start = starts[lo]
        region_end = (starts[hi + 1] if hi + 1 < n else len(old)) + delta
        tail = self.items[hi + 1:]
        line_delta = new.count("\n", prefix, len(new) - suffix) - old.count("\n", prefix, old_end)
        if delta or line_delta:
            for item in tail:
                for loc in self._item_locations(item):
                    loc.shift(delta, line_delta)
            for w in self.warnings:
                if w.loc.start >= old_end:
                    w.loc.shift(delta, line_delta)
        for item in self.items[lo:hi + 1]:
            self._locs.pop(id(item), None)
        self.warnings = [w for w in self.warnings
                         if w.loc.start < region_start or w.loc.start >= region_end] + warnings
        self.items = self.items[:lo] + region + tail
        self.text = new
        self.stats = ReparseStats(False, len(region), len(self.items))
        return self.items

    def _full(self, new: str) -> list[A.StructureItem]:
        warnings: list[Diagnostic] = []
        items = parse(new, "implementation", self.file, warnings)
        self.items = items
        self.text = new
        self.warnings = warnings
        self._locs.clear()
        self.stats = ReparseStats(True, len(items), len(items))
        return items


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by halving (string comparisons run in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, max(0, limit)
    la, lb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid:la - lo] == b[lb - mid:lb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo
