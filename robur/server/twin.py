"""The compile server's twin: a second warm process, on the other core,
that compiles part of each unit's functions.

A build's back end works function by function, and CPython runs one
function at a time per process, so the server forks a twin once it is warm
(the typed Stdlib and the imports are shared, copy-on-write).  For each
build the server sends the twin the project's sources at the start; the
twin checks them while the server does.  For each unit the server compiles,
it sends the unit's name; the twin translates and lowers it (the same
deterministic passes, so the same functions), then compiles functions from
the last one backwards while the server goes forwards from the first:

    server   f0 f1 f2 f3 ─┐                 both claim in a shared page
    twin              f7 f6 f5 f4 ─► pickled to the server, adopted in order

Claims live in a shared anonymous page of three words: the job (unit) in
progress, how far the server has claimed, and the lowest function the twin
has claimed.  Each side reads the other's claim, then writes its own, then
compiles; where both claim one function in the same instant, both compile
it and the server keeps its own.  No function is ever claimed by neither.

The twin's labels are numbered from 2**40 so that they never meet the
server's in one unit's text (local labels leave no trace in the object),
and float constants are named by their value (emit.UnitEmitter.bits_const),
so the object is byte for byte the one a single process makes
(tests/server/test_twin.py).

The twin only ever adds speed: when it is late the server claims every
function itself; when it fails, dies or hangs, the server compiles what it
was owed, and a dead twin is not used again.  It exits when the server's
end of its socket closes.
"""
from __future__ import annotations

import gc
import itertools
import mmap
import os
import pickle
import select
import signal
import socket
import struct
import sys
import traceback
from typing import Optional

from ..codegen.x86_64 import emit
from ..dev.attach_proto import ProtocolError, read_exact
from .memory import release_freed_memory

_JOB, _FRONT, _BACK = 0, 1, 2          # the shared page's words
_UNCLAIMED = 1 << 62                   # _BACK before the twin claims a function
_LABELS_FROM = 1 << 40
# the server waits this long for functions the twin claimed; a twin that
# takes longer is taken to be stuck
REPLY_TIMEOUT_S = 60.0
_IDLE_GC_S = 0.05
_GC_EVERY = 64              # messages: a build sends one or two
_LEN = struct.Struct("<I")


def _send(sock: socket.socket, message: object) -> None:
    data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    sock.sendall(_LEN.pack(len(data)) + data)


def _recv(sock: socket.socket) -> object:
    """The next message; EOFError when the other end has gone."""
    try:
        head = read_exact(sock, _LEN.size)
        body = read_exact(sock, _LEN.unpack(head)[0]) if head is not None else None
    except ProtocolError:
        body = None
    if body is None:
        raise EOFError
    return pickle.loads(body)


class Twin:
    """The server's side: starts the twin and hands out FunctionShares."""

    def __init__(self, pid: int, sock: socket.socket, words: memoryview):
        self.pid = pid
        self.sock = sock
        self.words = words
        self.alive = True
        self.functions = 0           # compiled for the server (its status)
        self._jobs = itertools.count(1)

    @classmethod
    def start(cls) -> "Twin | None":
        """Fork the twin.  Call it while the process has no other child and
        no pipe the twin must not hold open (before the warm as starts)."""
        page = mmap.mmap(-1, mmap.PAGESIZE)
        words = memoryview(page).cast("q")
        words[_JOB], words[_FRONT], words[_BACK] = 0, 0, _UNCLAIMED
        ours, theirs = socket.socketpair()
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            pid = os.fork()
        except OSError:
            return None
        if pid == 0:                 # the twin: never returns into the server's code
            status = 0
            try:
                ours.close()
                _Worker(theirs, words).serve()
            except BaseException:
                traceback.print_exc()
                status = 1
            finally:
                os._exit(status)
        theirs.close()
        return cls(pid, ours, words)

    def begin(self, sources: dict[str, str]) -> None:
        """A build starts: the twin checks the same sources meanwhile."""
        self._send(("sources", os.getcwd(), sources))

    def share(self, unit: str, reuse: bool) -> Optional["_Share"]:
        """A FunctionShare for compiling ``unit`` (of the sources last
        begun) with the twin, or None when the twin is gone."""
        if not self.alive:
            return None
        job = next(self._jobs)
        w = self.words
        w[_FRONT], w[_BACK] = 0, _UNCLAIMED
        w[_JOB] = job                # last: the twin reads the job first
        if not self._send(("unit", job, unit, reuse)):
            return None
        return _Share(self, job)

    def poll(self) -> bool:
        """Is the twin still there?"""
        if self.alive:
            try:
                gone = os.waitpid(self.pid, os.WNOHANG)[0] != 0
            except ChildProcessError:
                gone = True
            if gone:
                self.alive = False
                self.sock.close()
        return self.alive

    def stop(self) -> None:
        if self.alive:
            self.alive = False
            self.sock.close()
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass

    def _send(self, message: object) -> bool:
        if not self.alive:
            return False
        try:
            _send(self.sock, message)
            return True
        except OSError:
            self._lost()
            return False

    def _lost(self) -> None:
        """The twin died or hung: stop using it."""
        # to the server's log: sys.stderr may be a client's, mid-request
        print(f"robur server: the twin (pid {self.pid}) stopped answering; compiling alone",
              file=sys.__stderr__)
        self.alive = False
        self.sock.close()
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass

    def results(self, job: int) -> dict[int, emit.EmittedFunction]:
        """The functions the twin compiled for ``job`` (older replies, for
        units the server finished alone, are dropped)."""
        while self.alive:
            ready, _, _ = select.select([self.sock], [], [], REPLY_TIMEOUT_S)
            if not ready:
                self._lost()
                break
            try:
                reply = _recv(self.sock)
            except (EOFError, OSError, pickle.UnpicklingError):
                self._lost()
                break
            kind, got, done = reply  # type: ignore[misc]
            if kind == "funs" and got == job:
                self.functions += len(done)
                return {i: emit.EmittedFunction([], frames, fconsts, text)
                        for i, (text, frames, fconsts) in done.items()}
        return {}


class _Share:
    """pipeline.FunctionShare for one unit: the server's side of the claims."""

    def __init__(self, twin: Twin, job: int):
        self.twin = twin
        self.job = job
        self.words = twin.words

    def claim(self, index: int) -> bool:
        w = self.words
        if w[_BACK] <= index:
            return False
        w[_FRONT] = index + 1
        return True

    def rest(self, first: int) -> dict[int, emit.EmittedFunction]:
        return self.twin.results(self.job)

    def close(self) -> None:
        self.words[_FRONT] = _UNCLAIMED    # the twin stops claiming


class _Worker:
    """The twin's loop: check sources, compile claimed functions, reply."""

    def __init__(self, sock: socket.socket, words: memoryview):
        self.sock = sock
        self.words = words
        self.checker = None
        self._fresh_process()

    @staticmethod
    def _fresh_process() -> None:
        from ..codegen import pipeline
        from ..codegen.x86_64 import selection
        # the fork kept the server's deep-stack thread object, not the thread
        pipeline._WORKER = pipeline._DeepStackWorker()
        emit._ids = itertools.count(_LABELS_FROM)
        selection._label_ids = itertools.count(_LABELS_FROM)
        gc.disable()

    def serve(self) -> None:
        jobs = 0                     # messages handled since the last collection
        while True:
            # the garbage of the last jobs (checks and compilations):
            # collected when idle, or after _GC_EVERY jobs when builds follow
            # each other without a pause
            if jobs >= _GC_EVERY or not select.select([self.sock], [], [], _IDLE_GC_S)[0]:
                gc.collect()
                release_freed_memory()
                jobs = 0
                select.select([self.sock], [], [])
            jobs += 1
            try:
                message = _recv(self.sock)
            except EOFError:
                return               # the server is gone
            kind = message[0]  # type: ignore[index]
            if kind == "sources":
                _, cwd, sources = message  # type: ignore[misc]
                self._check(cwd, sources)
            elif kind == "unit":
                _, job, unit, reuse = message  # type: ignore[misc]
                _send(self.sock, ("funs", job, self._compile(job, unit, reuse)))

    def _check(self, cwd: str, sources: dict[str, str]) -> None:
        from ..typing.checker import Checker
        self.checker = None
        try:
            os.chdir(cwd)
            checker = Checker()
            checker.update(sources)
            self.checker = checker
        except BaseException:        # the server reports the program's errors
            pass

    def _compile(self, job: int, unit: str, reuse: bool) -> dict:
        from ..codegen import pipeline
        from ..lambda_.translmod import transl_unit
        w = self.words

        def claim(index: int) -> bool:
            if w[_JOB] != job or w[_FRONT] > index:
                return False
            w[_BACK] = index
            return True

        u = self.checker.units.get(unit) if self.checker is not None else None
        if u is None or u.typed is None or w[_JOB] != job:
            return {}
        try:
            lam = pipeline.on_deep_stack(transl_unit, u.name, u.ml_file, u.typed, u.exported)
            done = pipeline.on_deep_stack(pipeline.compile_backwards, lam, u.name, u.ml_file, reuse, claim)
        except Exception:
            return {}                # the server compiles them itself
        return {i: (f.text, f.frames, f.fconsts) for i, f in done.items()}
