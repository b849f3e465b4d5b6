"""The compile server: one long-lived robur process per installation that
runs ``robur build`` and ``robur check`` for the native front door.

A fresh ``robur build`` spends most of its time before compiling anything:
starting CPython, importing the compiler and loading the typed Stdlib.  The
server pays that once and then compiles each request in a warm process
(imports done, Stdlib environment in memory, an ``as`` already started).
The command runs exactly as it would in its own process: in the client's
directory, with its environment and umask, its output sent back as it is
written and coloured as the client's terminal allows.

The server serves one request at a time, exits after ``idle`` seconds
without one, and exits at once (declining the request) when robur's own
sources or the Stdlib changed since it started, so it never compiles with
an outdated compiler.  A lock file held for its lifetime keeps it alone.
"""
from __future__ import annotations

import _thread
import fcntl
import gc
import io
import os
import select
import socket
import sys
import threading
import time
from pathlib import Path

from ..dev.attach_proto import UnsafeDirectory, check_private
from . import protocol as P
from ..driver.build import use_twin
from ..link import cache, toolchain
from .memory import release_freed_memory
from .staleness import SourceWatch
from .twin import Twin

# requests the server runs; others are declined (the front door only sends
# these, but a request is never trusted)
SERVED = ("build", "check")
DEFAULT_IDLE_S = 15 * 60
READ_TIMEOUT_S = 5.0
GC_PAUSE_S = 0.05
# ...and at the latest after this many requests: builds that follow each
# other without a pause (a test suite, a script) must not grow the heap
# without bound
GC_EVERY = 32
# touches the usual paths of the type checker and the back end once
_WARM_UP = """type shape = Circle of float | Rect of { w : float; h : float }
let area = function Circle r -> 3.14 *. r *. r | Rect { w; h } -> w *. h
let rec sum acc = function [] -> acc | s :: rest -> sum (acc +. area s) rest
module M = Map.Make (String)
let () =
  let m = M.add "a" (sum 0. [Circle 1.; Rect { w = 2.; h = 3. }]) M.empty in
  M.iter (fun k v -> Printf.printf "%s %.2f\\n" k v) m;
  let h = Hashtbl.create 8 in
  Hashtbl.replace h 1 "one";
  try print_endline (Hashtbl.find h 2) with Not_found -> Array.iter print_int [| 1; 2 |]
"""
_ROOT = Path(__file__).resolve().parent.parent.parent    # the checkout: robur/ and stdlib/


class _FrameWriter(io.RawIOBase):
    """A binary stream whose writes become frames of one kind on the
    client's connection; a terminal when the client's stream is one."""

    def __init__(self, conn: socket.socket, kind: bytes, tty: bool):
        self.conn, self.kind, self.tty = conn, kind, tty
        self.lost = False          # the client went away: later writes are dropped

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.tty

    def write(self, b) -> int:
        data = bytes(b)
        if data and not self.lost:
            try:
                self.conn.sendall(P.frame(self.kind, data))
            except OSError:
                self.lost = True
        return len(data)


def _text_stream(conn: socket.socket, kind: bytes, tty: bool) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BufferedWriter(_FrameWriter(conn, kind, tty)), encoding="utf-8",
                            errors="backslashreplace", line_buffering=True)


class CompileServer:
    def __init__(self, path: Path, idle_s: float = DEFAULT_IDLE_S, sources: list[Path] | None = None,
                 twin: bool = True):
        self.path = path
        self.idle_s = idle_s
        self.use_twin = twin       # fork a twin (twin.py) once warm
        # what the compiler is made of: robur's package and the Stdlib
        self.sources = SourceWatch(sources if sources is not None else [_ROOT / "robur", _ROOT / "stdlib"])
        self.started = time.time()
        self.requests = 0
        self.busy_s = 0.0
        self.twin: Twin | None = None

    # -- lifetime ----------------------------------------------------------------------
    def serve(self) -> int:
        """Bind, then serve until idle, stale or told to stop.  Returns 0, or
        1 when another server already holds this installation's socket."""
        directory = self.path.parent
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            check_private(directory)
        except UnsafeDirectory as e:
            print(f"robur server: not serving: {e}", file=sys.stderr)
            return 1
        lock = open(self.path.with_suffix(".lock"), "a")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return 1
        try:
            # warm before binding: until then clients run their commands
            # themselves instead of waiting on a server that is not ready
            self._warm_up()
            self.path.unlink(missing_ok=True)       # left by a server that was killed
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            listener.bind(str(self.path))
            listener.listen(16)
            try:
                self._loop(listener)
            finally:
                listener.close()
                self.path.unlink(missing_ok=True)
        finally:
            if self.twin is not None:
                self.twin.stop()
            lock.close()
        return 0

    def _warm_up(self) -> None:
        """Import what a build uses, load the typed Stdlib and compile a
        small program once (without assembling it), so that the first
        request is as fast as the next ones."""
        from ..codegen import pipeline
        from ..lambda_.translmod import transl_unit
        from ..link import toolchain
        from ..typing.checker import Checker
        checker = Checker()
        checker.update({"warm_up.ml": _WARM_UP})
        u = checker.units["Warm_up"]
        lam = transl_unit(u.name, u.ml_file, u.typed, u.exported)  # type: ignore[arg-type]
        pipeline.compile_unit(lam, u.name, u.ml_file, reuse=False)
        gc.collect()
        gc.freeze()      # the warm heap is never garbage: keep the collector off it
        # no collection during a request: one runs after each reply instead,
        # off the client's path (_loop)
        gc.disable()
        # forked warm, and before the warm as: it must not hold as's pipe
        if self.use_twin:
            self.twin = Twin.start()
            use_twin(self.twin)
        toolchain.use_warm_assembler()

    def _loop(self, listener: socket.socket) -> None:
        garbage = 0          # requests served since the last collection
        while True:
            # a request leaves cyclic garbage (~15k objects, ~4 ms to collect):
            # collect it in the first pause, not between two quick requests
            # (unless there has been no pause for GC_EVERY of them)
            if garbage and (garbage >= GC_EVERY
                            or not select.select([listener], [], [], GC_PAUSE_S)[0]):
                gc.collect()
                release_freed_memory()
                garbage = 0
            listener.settimeout(self.idle_s)
            try:
                conn, _ = listener.accept()
            except socket.timeout:
                return
            with conn:
                if not self._handle(conn):
                    return
            garbage += 1

    # -- one request -------------------------------------------------------------------
    def _handle(self, conn: socket.socket) -> bool:
        """Serve one connection; False when the server must stop."""
        conn.settimeout(READ_TIMEOUT_S)
        try:
            req = P.decode_request(_read_request(conn))
        except (P.BadRequest, OSError) as e:
            _send(conn, P.frame(P.DECLINE, f"bad request: {e}".encode()))
            return True
        conn.settimeout(None)
        if req.args[:1] == [P.STOP]:
            _send(conn, P.exit_frame(0))
            return False
        if req.args[:1] == [P.STATUS]:
            _send(conn, P.frame(P.OUT, self.status_text().encode()) + P.exit_frame(0))
            return True
        if self.sources.changed():
            _send(conn, P.frame(P.DECLINE, b"robur's sources changed: this server is stale"))
            return False
        if not req.args or req.args[0] not in SERVED or "-" in req.args[1:]:
            _send(conn, P.frame(P.DECLINE, b"not a command the server runs"))
            return True
        t0 = time.perf_counter()
        home = _ProcessState()
        try:
            with _InterruptWhenGone(conn):
                status = self._run(conn, req)
        except KeyboardInterrupt:        # the client left while the command ended
            status = 130
        finally:
            home.restore()               # again: an interrupt may have cut the first short
        self.busy_s += time.perf_counter() - t0
        self.requests += 1
        _send(conn, P.exit_frame(status))
        # after the answer, before the next request: the next warm as, and
        # the build cache's new entries (commands/server.py holds both)
        toolchain.restart_assembler()
        cache.write_deferred()
        return True

    def _run(self, conn: socket.socket, req: P.Request) -> int:
        """Run the command as its own process would, with the client's
        directory, environment, umask and terminals."""
        home = _ProcessState()
        out = _text_stream(conn, P.OUT, req.stdout_tty)
        err = _text_stream(conn, P.ERR, req.stderr_tty)
        try:
            os.umask(req.umask)
            _set_environ(req.env)
            os.chdir(req.cwd)
            sys.stdout, sys.stderr = out, err
            from ..cli import main
            try:
                status = main(list(req.args))
            except SystemExit as e:      # argparse's --help and usage errors
                status = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
                if isinstance(e.code, str):
                    err.write(e.code + "\n")
            except Exception as e:       # main() turns known failures into messages: a bug
                err.write(f"robur: internal error: {type(e).__name__}: {e}\n")
                status = 2
        except (OSError, ValueError) as e:    # the client's directory is gone
            err.write(f"robur: error: {e}\n")
            status = 2
        finally:
            for stream in (out, err):
                try:
                    stream.flush()
                except (OSError, ValueError):
                    pass
            home.restore()
        return status

    def status_text(self) -> str:
        up = time.time() - self.started
        return (f"robur compile server: pid {os.getpid()}, socket {self.path}\n"
                f"  up {up:.0f} s, {self.requests} requests served ({self.busy_s:.2f} s busy), "
                f"stops after {self.idle_s:.0f} s idle\n"
                + (f"  twin: pid {self.twin.pid}, {self.twin.functions} functions compiled\n"
                   if self.twin is not None and self.twin.poll()
                   else "  twin: none (compiling alone)\n"))


class _ProcessState:
    """The server's own directory, environment, umask and streams, taken
    before a command borrows them for its client; restore() may run twice."""

    def __init__(self) -> None:
        if len(_environ_now) != len(os.environ):
            _set_environ(dict(os.environ))
        self.env, self.cwd = _environ_now, os.getcwd()
        self.streams = sys.stdout, sys.stderr
        self.umask = os.umask(0o022)
        os.umask(self.umask)

    def restore(self) -> None:
        sys.stdout, sys.stderr = self.streams
        os.umask(self.umask)
        _set_environ(self.env)
        os.chdir(self.cwd)


# what os.environ holds, as a plain dict (reading os.environ decodes every
# key and value): kept by _set_environ, which alone changes the environment
_environ_now: dict[str, str] = {}


def _set_environ(env: dict[str, str]) -> None:
    """Make os.environ equal ``env``, changing only what differs: each
    change is a putenv or unsetenv, and two environments of one user are
    mostly the same."""
    global _environ_now
    now = _environ_now
    if len(now) != len(os.environ):        # changed behind our back: read it
        now = dict(os.environ)
    for key in [k for k in now if k not in env]:
        del os.environ[key]
    for key, value in env.items():
        if now.get(key) != value:
            os.environ[key] = value
    _environ_now = dict(env)


class _InterruptWhenGone:
    """While a command runs: if its client goes away (Ctrl-C kills the front
    door, not the server), interrupt the command as Ctrl-C would have
    interrupted its own process, so the server is free again."""

    def __init__(self, conn: socket.socket):
        self.conn = conn
        self.lock = threading.Lock()
        self.done = False
        self.fired = False
        # wakes the watcher at the end: a thread still polling the connection
        # would hold it open, and the client would see its end late
        self.wake_r, self.wake_w = os.pipe()

    def __enter__(self) -> "_InterruptWhenGone":
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        with self.lock:
            self.done = True
        os.write(self.wake_w, b"x")
        self.thread.join()
        os.close(self.wake_r)
        os.close(self.wake_w)
        if self.fired:
            # the interrupt may still be pending: let it land here, where it
            # is expected, and nowhere later
            try:
                for _ in range(10_000):
                    pass
            except KeyboardInterrupt:
                pass

    def _watch(self) -> None:
        poller = select.poll()
        poller.register(self.conn.fileno(), select.POLLHUP)
        poller.register(self.wake_r, select.POLLIN)
        while True:
            # POLLHUP: both directions are shut, i.e. the client closed
            gone = any(fd != self.wake_r and ev & (select.POLLHUP | select.POLLERR)
                       for fd, ev in poller.poll())
            with self.lock:
                if self.done:
                    return
                if gone:
                    self.fired = True
                    _thread.interrupt_main()
                    return


def _read_request(conn: socket.socket) -> bytes:
    chunks, size = [], 0
    while True:
        b = conn.recv(65536)
        if not b:
            return b"".join(chunks)
        size += len(b)
        if size > P.MAX_REQUEST:
            raise P.BadRequest("request too large")
        chunks.append(b)


def _send(conn: socket.socket, data: bytes) -> None:
    try:
        conn.sendall(data)
    except OSError:
        pass
