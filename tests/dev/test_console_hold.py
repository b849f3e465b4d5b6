"""robur dev holds the app's console output while it switches code
(DevLoop._console_held): what the app printed meanwhile comes after the
lines robur dev says, and nested holds release it at the outermost end
(tutorial 05 expects its banner before the app's first tick)."""
from __future__ import annotations

import threading

from robur.dev.loop import DevLoop


def _loop(out: list[str]) -> DevLoop:
    # only the output half of a DevLoop: no session, no VM
    loop = object.__new__(DevLoop)
    loop._lock = threading.Lock()
    loop._write = out.append
    loop._held = None
    loop._hold_depth = 0
    return loop


def test_nested_holds_release_the_app_output_at_the_outermost_end():
    out: list[str] = []
    loop = _loop(out)
    with loop._console_held():
        with loop._console_held():              # start(), inside run()'s hold
            loop.say("running counter")
            loop._console(b"tick 1\n")
        loop.say("keys: ...")
        loop._console(b"tick 2\n")
        assert out == ["robur dev: running counter\n", "robur dev: keys: ...\n"]
    assert out[2:] == ["tick 1\ntick 2\n"]
    loop._console(b"tick 3\n")                     # no hold: at once
    assert out[-1] == "tick 3\n"
