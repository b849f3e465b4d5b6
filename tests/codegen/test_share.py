"""A unit compiled with some of its functions made by another compilation
(pipeline.FunctionShare: the compile server's twin, robur/server/twin.py).

The oracle is the unit compiled alone: whatever the split, whatever the
other side failed to deliver, the object must be the same bytes.  The
other side here is pipeline.compile_backwards in this process, which is
what the twin runs.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from robur.codegen import pipeline
from robur.lambda_.translmod import transl_unit
from robur.link import toolchain
from robur.typing.checker import Checker

PROGRAMS = Path(__file__).resolve().parents[2] / "bench" / "programs"


class _Other:
    """The other side: it has claimed every function from ``low`` on and
    delivers those in ``delivered``."""

    def __init__(self, low: int, delivered: dict):
        self.low = low
        self.delivered = delivered
        self.asked_from: int | None = None
        self.closed = False

    def claim(self, index: int) -> bool:
        return index < self.low

    def rest(self, first: int) -> dict:
        self.asked_from = first
        return dict(self.delivered)

    def close(self) -> None:
        self.closed = True


def _lam(path: Path):
    checker = Checker()
    checker.update({path.name: path.read_text()})
    u = checker.units[path.stem.capitalize()]
    return lambda: transl_unit(u.name, u.ml_file, u.typed, u.exported), u.name, u.ml_file


def _object(make_lam, name: str, source: str, share=None) -> bytes:
    cu = pipeline.compile_unit(make_lam(), name, source, reuse=False, share=share)
    return toolchain.assemble(cu.asm)


@pytest.mark.parametrize("program", ["interp", "n_body", "map_set"])
def test_any_split_gives_the_objects_of_one_process(program):
    make_lam, name, source = _lam(PROGRAMS / f"{program}.ml")
    alone = _object(make_lam, name, source)
    count = None
    for low in (0, 1, 3, 6, 10_000):
        theirs = pipeline.on_deep_stack(pipeline.compile_backwards, make_lam(), name, source, False,
                                        lambda i, low=low: i >= low)
        if count is None:
            count = max(theirs) + 1
            assert count >= 5, "a unit of several functions"
        if low >= count:
            assert theirs == {}
        other = _Other(low, theirs)
        assert _object(make_lam, name, source, other) == alone, f"split at {low}"
        assert other.closed
        assert other.asked_from == (min(low, count) if low < count else None)


def test_what_the_other_side_fails_to_deliver_is_compiled_here():
    make_lam, name, source = _lam(PROGRAMS / "interp.ml")
    alone = _object(make_lam, name, source)
    theirs = pipeline.on_deep_stack(pipeline.compile_backwards, make_lam(), name, source, False,
                                    lambda i: i >= 4)
    # nothing at all (the twin died), or every other one (it failed midway)
    for delivered in ({}, {i: f for i, f in theirs.items() if i % 2}):
        assert _object(make_lam, name, source, _Other(4, delivered)) == alone


def test_backwards_stops_where_the_claims_stop():
    make_lam, name, source = _lam(PROGRAMS / "interp.ml")
    asked: list[int] = []

    def claim(i: int) -> bool:
        asked.append(i)
        return len(asked) <= 3
    done = pipeline.on_deep_stack(pipeline.compile_backwards, make_lam(), name, source, False, claim)
    n = asked[0] + 1
    assert asked == [n - 1, n - 2, n - 3, n - 4]
    assert sorted(done) == [n - 3, n - 2, n - 1]
