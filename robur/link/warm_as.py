"""An assembler started before it is needed.

In the live loop (a REPL phrase, a reload in ``robur dev``) assembling a unit
is a few milliseconds of work for GNU as, but starting the process costs as
much again.  ``WarmAssembler`` keeps one ``as`` started ahead of time, its
input a pipe it blocks on, so a request only pays for the assembly; the next
process is started on a background thread right after.  Long-lived front
doors switch it on (``toolchain.use_warm_assembler``); a one-shot ``robur
build`` gains nothing from it and keeps the plain path.

An as writes the directory it runs in into the object's debug information
(DW_AT_comp_dir), as ocamlopt's as does: each one is started in the
directory of the command it serves (``prepare``), and one started in
another directory is never used.

If robur dies, the waiting ``as`` reads end-of-file, assembles nothing and
exits: no process is left behind.  It runs in its own session, out of reach
of the terminal's Ctrl-C, which the REPL turns into an interrupt of the
running phrase.
"""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import threading
from typing import Optional


class AssemblerFailed(RuntimeError):
    pass


class _Started:
    def __init__(self, proc: subprocess.Popen, out: str, err: str, cwd: str):
        self.proc = proc
        self.cwd = cwd
        self.out = out
        self.err = err          # a file, not a pipe: a streamed unit never
                                # blocks on as blocking on its messages

    def result(self) -> bytes:
        """The object, once as has read all of its input and exited."""
        rc = self.proc.wait()
        try:
            if rc != 0:
                with open(self.err, "rb") as f:
                    err = f.read(4000).decode(errors="replace")
                raise AssemblerFailed(err or f"as was stopped by signal {-rc}")
            with open(self.out, "rb") as f:
                return f.read()
        finally:
            _discard_files(self)


class AsmStream:
    """One unit's assembly text fed to a waiting as while the back end is
    still generating it: as reads and encodes each function on the other
    core, and only its last pass is left when the text ends."""

    def __init__(self, owner: "WarmAssembler", started: _Started):
        self._owner = owner
        self._started = started

    def write(self, text: str) -> None:
        stdin = self._started.proc.stdin
        assert stdin is not None
        try:
            stdin.write(text.encode())
            stdin.flush()
        except BrokenPipeError:
            pass                # as died: finish() reports it

    def finish(self) -> bytes:
        try:
            self._close_input()
            return self._started.result()
        finally:
            self._owner._start_next()

    def abort(self) -> None:
        _discard(self._started)
        try:
            self._started.result()
        except AssemblerFailed:
            pass
        self._owner._start_next()

    def _close_input(self) -> None:
        try:
            self._started.proc.stdin.close()  # type: ignore[union-attr]
        except BrokenPipeError:
            pass


class WarmAssembler:
    def __init__(self) -> None:
        self._dir = tempfile.mkdtemp(prefix="robur-as-")
        self._count = 0
        self._cond = threading.Condition()
        self._ready: Optional[_Started] = None
        self._pending = False            # the keeper is starting one
        self._closed = False
        self._hold = False               # hold_restarts() was called
        self._held = False               # a start is waiting for restart_held()
        self._cwd = os.getcwd()          # where the next one starts
        self._retired: list[_Started] = []     # to stop, off the caller's path
        # one long-lived keeper thread: starting a thread per request cost
        # as much as it saved on a loaded machine
        self._keeper = threading.Thread(target=self._keep, name="robur-warm-as", daemon=True)
        self._keeper.start()
        atexit.register(self.close)
        self._start_next()

    def _start(self, cwd: Optional[str] = None) -> _Started:
        with self._cond:
            self._count += 1
            out = os.path.join(self._dir, f"u{self._count}.o")
            cwd = cwd or self._cwd
        err = out[:-2] + ".err"
        # its own session: a Ctrl-C at robur's terminal (SIGINT to the
        # foreground process group) is for the phrase, not for this waiting as
        with open(err, "wb") as errf:
            proc = subprocess.Popen(["as", "--64", "-o", out, "-"], stdin=subprocess.PIPE, cwd=cwd,
                                    stdout=subprocess.DEVNULL, stderr=errf, start_new_session=True)
        return _Started(proc, out, err, cwd)

    def prepare(self, cwd: str) -> None:
        """A unit is about to be compiled in ``cwd``: have an as waiting
        there by the time its text comes (a held start starts now)."""
        with self._cond:
            if self._held and not self._closed:
                self._held = False
                self._pending = True
                self._cond.notify_all()
            if cwd == self._cwd:
                return
            self._cwd = cwd
            if self._ready is not None and not self._pending:
                # the keeper retires it, after starting the new one
                self._retired.append(self._ready)
                self._ready = None
                self._pending = True
                self._cond.notify_all()

    def _keep(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
            try:
                started: Optional[_Started] = self._start()
            except OSError:
                started = None   # the next request starts one itself and reports
            with self._cond:
                self._pending = False
                if self._closed or self._ready is not None:
                    if started is not None:
                        self._retired.append(started)
                else:
                    self._ready = started
                self._cond.notify_all()
                retired, self._retired = self._retired, []
            for old in retired:
                _discard(old)
                _discard_files(old)

    def _start_next(self) -> None:
        with self._cond:
            if self._hold:
                self._held = True
                return
            self._pending = True
            self._cond.notify_all()

    def hold_restarts(self) -> None:
        """From now on, the next as is started when restart_held() says (the
        compile server: once it has answered), not while the command that
        used the last one is still finishing: starting a process takes
        the interpreter's lock for a while."""
        with self._cond:
            self._hold = True

    def restart_held(self) -> None:
        with self._cond:
            if self._held and not self._closed:
                self._held = False
                self._pending = True
                self._cond.notify_all()

    def _take(self) -> _Started:
        cwd = os.getcwd()
        with self._cond:
            while self._pending:
                self._cond.wait()
            started, self._ready = self._ready, None
        if started is not None and started.cwd != cwd:
            _discard(started)        # started for another directory
            _discard_files(started)
            started = None
        return started if started is not None else self._start(cwd)

    def assemble(self, text: str) -> bytes:
        for attempt in (1, 2):
            started = self._take()
            try:
                try:
                    started.proc.communicate(text.encode())
                except BrokenPipeError:
                    pass
                if started.proc.returncode < 0 and attempt == 1:
                    _discard_files(started)
                    continue    # killed by a signal while it waited: once more, fresh
                return started.result()
            finally:
                if not self._closed:
                    self._start_next()
        raise AssertionError("unreachable")

    def stream(self) -> AsmStream:
        """An assembler to feed a unit's text piece by piece (AsmStream)."""
        return AsmStream(self, self._take())

    def close(self) -> None:
        with self._cond:
            self._closed = True
            started, self._ready = self._ready, None
            retired, self._retired = self._retired, []
            self._cond.notify_all()
        for old in retired + ([started] if started is not None else []):
            _discard(old)
        shutil.rmtree(self._dir, ignore_errors=True)


def _discard(started: _Started) -> None:
    started.proc.kill()
    started.proc.wait()
    if started.proc.stdin is not None:
        try:
            started.proc.stdin.close()
        except BrokenPipeError:
            pass


def _discard_files(started: _Started) -> None:
    for path in (started.out, started.err):
        try:
            os.unlink(path)
        except OSError:
            pass
