"""The warm assembler (robur/link/warm_as.py): an `as` started ahead of
need must produce the very object the plain path produces, report errors
the same way, and leave no process behind."""
from __future__ import annotations

import os
import shutil

import pytest

from robur.link import toolchain
from robur.link.warm_as import AssemblerFailed, WarmAssembler

pytestmark = pytest.mark.skipif(shutil.which("as") is None, reason="GNU as missing")

TEXT = """\
    .text
    .globl f
f:  movq $42, %rax
    ret
    .data
x:  .quad f
"""


def test_same_object_as_a_cold_as():
    warm = WarmAssembler()
    try:
        objs = [warm.assemble(TEXT) for _ in range(3)]    # the second and third were started ahead
    finally:
        warm.close()
    cold = toolchain.assemble(TEXT)
    assert objs == [cold] * 3


def test_errors_are_reported_and_the_next_request_works():
    warm = WarmAssembler()
    try:
        with pytest.raises(AssemblerFailed, match="no such instruction"):
            warm.assemble("    frobnicate %rax\n")
        assert warm.assemble(TEXT) == toolchain.assemble(TEXT)
    finally:
        warm.close()


def test_close_leaves_nothing_behind():
    warm = WarmAssembler()
    warm.assemble(TEXT)
    directory = warm._dir
    ready = warm._take()           # the process started for the next request
    warm._ready = ready
    warm.close()
    assert ready.proc.poll() is not None
    assert not os.path.exists(directory)


def test_an_as_killed_while_waiting_is_replaced():
    warm = WarmAssembler()
    try:
        waiting = warm._take()
        waiting.proc.kill()
        waiting.proc.wait()
        warm._ready = waiting
        assert warm.assemble(TEXT) == toolchain.assemble(TEXT)
    finally:
        warm.close()


def test_streamed_text_gives_the_same_object():
    """A unit fed piece by piece while it is generated (AsmStream) is
    assembled into the very object of the whole text at once; an error
    reaches finish(), and an aborted stream leaves the next one working."""
    warm = WarmAssembler()
    try:
        pieces = TEXT.splitlines(keepends=True)
        s = warm.stream()
        for p in pieces:
            s.write(p)
        assert s.finish() == toolchain.assemble(TEXT)
        s = warm.stream()
        s.write("    frobnicate %rax\n")
        with pytest.raises(AssemblerFailed, match="no such instruction"):
            s.finish()
        s = warm.stream()
        s.write(pieces[0])
        s.abort()
        assert warm.assemble(TEXT) == toolchain.assemble(TEXT)
        # only the files of the as waiting for the next request
        assert len({name.split(".")[0] for name in os.listdir(warm._dir)}) <= 1
    finally:
        warm.close()


def test_a_crashed_as_is_retried_cold_but_a_diagnostic_is_reported(monkeypatch):
    """as crashing on its own ("Internal error") is not the text's fault:
    the unit is assembled again by a fresh as; as's messages about the
    text are reported as they are."""
    class Crashed:
        def __init__(self, message):
            self.message = message

        def finish(self):
            raise AssemblerFailed(self.message)
    obj = toolchain.finish_stream(Crashed("{standard input}: Internal error (Segmentation fault)."), TEXT)
    assert obj == toolchain.assemble(TEXT)
    with pytest.raises(toolchain.ToolchainError, match="no such instruction"):
        toolchain.finish_stream(Crashed("Error: no such instruction: `frobnicate'"), TEXT)


def test_held_restarts_start_when_told_and_each_as_runs_where_its_unit_is(tmp_path):
    """The compile server's mode: the next as starts after the answer
    (restart_held) or when a unit is about to be compiled (prepare), in
    that unit's directory, whose name as records in the debug information."""
    warm = WarmAssembler()
    here = os.getcwd()
    try:
        warm.hold_restarts()
        warm.assemble(TEXT)
        with warm._cond:
            assert warm._held and warm._ready is None and not warm._pending
        warm.restart_held()
        ready = warm._take()
        assert ready.cwd == here
        warm._ready = ready
        warm.assemble(TEXT)                       # held again
        os.chdir(tmp_path)
        warm.prepare(str(tmp_path))               # starts the held one, there
        ready = warm._take()
        warm._ready = ready                       # (close() stops it)
        assert ready.cwd == str(tmp_path)
    finally:
        os.chdir(here)
        warm.close()
