"""``robur dev``'s side of ``robur repl --attach``: REPL sessions that run
their phrases in the VM of the running app (docs/hot-reload.md, "Attaching
a REPL"; the socket and its frames: robur/dev/attach_proto.py).

    server = AttachServer(loop)       # loop: the DevLoop
    server.start()                    # listen; one thread per client
    ...
    server.stop("robur dev stopped")  # GOODBYE to every client

Each client gets an ``AttachedSession``: a Toplevel whose phrases are typed
in the project's current environment (every unit loaded in the VM except
the entry point, whose module is never published) and run on the loop's
Machine.  Every use of the Machine, by a phrase or by the loop (reload,
restart, stats, polling the app), holds ``loop.vm_lock``: a reload waits
for a running phrase and a phrase for a running reload.

Type safety across reloads: the session remembers the interface digests of
the units as they were when its environment was made.  Before each phrase,
if robur dev has since loaded a unit with a new interface and the
session's phrases used it (or a unit depending on it), the session's
definitions are dropped with a note, as after ``#reset``; otherwise the
environment is brought up to date.  A unit that has been edited and
re-checked but not (yet) loaded (a reload that failed, an error elsewhere)
cannot be used by a phrase: its new types do not describe the code in the
VM.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import queue
from pathlib import Path
from typing import Optional

from . import attach_proto as P
from ..repl.toplevel import Quit, Toplevel

MAX_CLIENTS = 8


class AttachedSession(Toplevel):
    """A toplevel on robur dev's VM and project environment."""

    interactive = False     # the VM is the app's: Sys.interactive stays as it is

    def __init__(self, server: "AttachServer", out, err, program_output, cwd: str) -> None:
        super().__init__(self._dev_machine, out, err, program_output)
        self.server = server
        self.loop = server.loop
        self.cwd = cwd
        self.used: set[str] = set()           # project units the committed phrases mention
        self.baseline: dict[str, str] = {}    # unit -> interface digest the environment has
        self.base_frame = None
        self.fresh_env()

    # -- the environment ----------------------------------------------------------------
    def project_units(self) -> dict[str, str]:
        """Units the VM has loaded and a phrase may use, with the digest of
        the interface they were loaded with."""
        units = self.loop.session.checker.units
        return {n: v.digest for n, v in self.loop.loaded.items()
                if n != self.loop.entry and n in units and units[n].ident is not None}

    def fresh_env(self) -> None:
        from ..typing.checker import Checker
        from ..repl.phrase import PhraseCompiler
        dev = self.loop.session.checker
        cur = self.project_units()
        checker = Checker()
        checker.units = {n: dev.units[n] for n in cur}
        self.compiler = PhraseCompiler(checker=checker, first=self.server.counter + 1)
        self.base_frame = checker.toplevel_env()
        self.replay = []
        self.exceptions.clear()
        self.used = set()
        self.baseline = cur

    def _dependents(self, roots: set[str]) -> set[str]:
        units = self.loop.session.checker.units
        out = set(roots)
        grew = True
        while grew:
            grew = False
            for n, u in units.items():
                if n not in out and any(d in out for d in u.deps):
                    out.add(n)
                    grew = True
        return out

    def sync(self) -> None:
        """Bring the environment up to what the VM runs now (see the
        module's docstring)."""
        cur = self.project_units()
        if cur == self.baseline:
            return
        changed = {n for n in self.baseline if cur.get(n) != self.baseline[n]}
        touched = self._dependents(changed) if changed else set()
        hit = self.used & touched
        if self.replay and hit:
            self.err(f"robur: robur dev loaded a new interface of {', '.join(sorted(changed))}; "
                     f"this session's definitions used {', '.join(sorted(hit))}: they are dropped "
                     f"and the session starts afresh (as after #reset)\n")
            self.fresh_env()
            return
        if not self.replay:
            self.fresh_env()
            return
        # earlier phrases do not involve the changed units: keep them and
        # rebind the units in the environment's base frame
        dev = self.loop.session.checker
        for n in self.baseline:
            if n not in cur:
                self.base_frame.table.pop(("m", n), None)      # type: ignore[union-attr]
        for n in cur:
            u = dev.units[n]
            if u.ident is not None and u.ident.data is not None:
                self.base_frame.table[("m", n)] = (u.ident, u.ident.data)   # type: ignore[union-attr]
        self.compiler.checker.units = {n: dev.units[n] for n in cur}
        self.baseline = cur

    def not_loaded(self) -> set[str]:
        """Units whose checked interface is not the one the VM runs (edited
        and re-checked, not reloaded), and the units depending on them."""
        units = self.loop.session.checker.units
        ahead = {n for n, d in self.baseline.items()
                 if n in units and units[n].digest not in (d, "error")}
        return self._dependents(ahead) if ahead else set()

    # -- Toplevel, adapted -----------------------------------------------------------------
    def _dev_machine(self):
        from ..vm.machine import MachineError
        m = self.loop.machine
        if m is None:
            raise MachineError("robur dev has no VM running (the project has errors: fix them and save)")
        if not m.alive:
            raise MachineError("robur dev's VM is not running")
        return m

    def ensure_machine(self):
        self.machine = self._dev_machine()
        return self.machine

    def close(self) -> None:
        self.machine = None          # the VM is robur dev's: never shut down here

    def at_exit(self) -> None:
        pass                         # the app's at_exit functions are the app's

    def _vm_died(self, message: str) -> None:
        self.machine = None
        self.err(f"robur: the phrase did not run: {message}\n")

    def run_items(self, items, text, src) -> bool:
        from ..typing.deps import free_modules
        if self.loop.machine is None:
            self.err("robur: robur dev has not started the app (the project has errors: fix them and "
                     "save): the phrase did not run\n")
            return False
        names = set(self.loop.session.checker.units)
        mentioned = free_modules(items) & names
        stale = mentioned & self.not_loaded()
        if stale:
            self.err(f"robur: {', '.join(sorted(stale))} changed but robur dev has not loaded the new "
                     f"version (see its messages): the phrase did not run\n")
            return False
        ok = super().run_items(items, text, src)
        if ok:
            self.used |= mentioned
        return ok

    def directive(self, d, src) -> bool:
        from ..syntax import ast as A
        if d.name == "reset":
            self.fresh_env()
            return True
        if d.name in ("use", "mod_use") and isinstance(d.arg, str) and not os.path.isabs(d.arg):
            path = Path(self.cwd) / d.arg
            if not path.is_file():
                self.out(f"Cannot find file {d.arg}.\n")
                return False
            d = A.Directive(name=d.name, arg=str(path), loc=d.loc)
        return super().directive(d, src)


class _Client:
    def __init__(self, server: "AttachServer", conn: socket.socket) -> None:
        self.server = server
        self.conn = conn
        self.send_lock = threading.Lock()
        self.guard = threading.Lock()
        self.running = False
        self.alive = True
        self.session: Optional[AttachedSession] = None
        self.hello = False          # a good HELLO came (its session may still be in the making)
        self.work: "queue.Queue[Optional[tuple[int, bytes]]]" = queue.Queue()

    # -- sending ------------------------------------------------------------------------------
    def send(self, kind: int, payload: bytes = b"") -> None:
        if not self.alive:
            return
        try:
            with self.send_lock:
                self.conn.sendall(P.encode(kind, payload))
        except OSError:
            self.alive = False

    def send_chunks(self, kind: int, data: bytes, prefix: bytes = b"") -> None:
        for i in range(0, max(len(data), 1), P.CHUNK):
            self.send(kind, prefix + data[i:i + P.CHUNK])

    def error(self, message: str) -> None:
        self.send(P.ERROR, message.encode("utf-8"))

    # -- threads ---------------------------------------------------------------------------------
    def start(self) -> None:
        threading.Thread(target=self._read, name="robur-attach-read", daemon=True).start()
        threading.Thread(target=self._execute, name="robur-attach-run", daemon=True).start()

    def _read(self) -> None:
        try:
            while self.alive:
                try:
                    frame = P.read_frame(self.conn)
                except P.ProtocolError as e:
                    self.error(f"malformed frame: {e}; closing the connection")
                    self._drain()
                    return
                except OSError:
                    return
                if frame is None:
                    return
                kind, payload = frame
                try:
                    if not self._dispatch(kind, payload):
                        return
                except Exception as e:        # never let a client take robur dev down
                    self.error(f"bad request (kind {kind}): {type(e).__name__}: {e}")
        finally:
            self.work.put(None)
            self.interrupt()                  # a client gone mid-phrase: stop the phrase
            self.close()

    def _drain(self) -> None:
        """Before closing on a bad stream: our side is done, and what the
        client still sends is read and dropped (a close with unread input
        would reset the connection and lose the ERROR), for at most 1 s."""
        import time
        try:
            self.conn.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + 1.0
            left = 4 * P.MAX_PAYLOAD
            while left > 0 and time.monotonic() < deadline:
                self.conn.settimeout(max(deadline - time.monotonic(), 0.01))
                got = self.conn.recv(65536)
                if not got:
                    return
                left -= len(got)
        except OSError:
            pass

    def _dispatch(self, kind: int, payload: bytes) -> bool:
        if kind == P.HELLO:
            if self.hello:
                self.error("HELLO sent twice")
                return True
            hello = P.decode_json(payload)
            if not isinstance(hello, dict) or hello.get("version") != P.VERSION:
                self.error(f"HELLO must be a JSON object with \"version\": {P.VERSION}")
                return True
            cwd = hello.get("cwd")
            self.hello = True
            self.work.put((kind, json.dumps(cwd if isinstance(cwd, str) else os.getcwd()).encode()))
            return True
        if kind not in P.CLIENT_KINDS:
            self.error(f"unknown frame kind {kind}")
            return True
        if kind == P.BYE:
            return False
        if kind == P.INTERRUPT:
            if payload:
                self.error("INTERRUPT takes no payload")
            self.interrupt()
            return True
        if not self.hello:
            self.error("HELLO first")
            return True
        if kind == P.COMPLETE:
            self.complete(payload.decode("utf-8"))
            return True
        self.work.put((kind, payload))         # PHRASE, SCRIPT: one at a time, in order
        return True

    def interrupt(self) -> None:
        with self.guard:
            if self.running and self.server.loop.machine is not None:
                self.server.loop.machine.request_interrupt()

    def complete(self, word: str) -> None:
        from ..repl.prompt import candidates
        items: list = []
        lock = self.server.loop.vm_lock
        if self.session is not None and lock.acquire(timeout=2.0):
            try:
                self.session.sync()
                items = candidates(self.session, word)
            except Exception:
                items = []
            finally:
                lock.release()
        self.send(P.COMPLETIONS, json.dumps(items).encode("utf-8"))

    def _execute(self) -> None:
        while True:
            item = self.work.get()
            if item is None or not self.alive:
                return
            kind, payload = item
            try:
                if kind == P.HELLO:
                    self._hello(json.loads(payload))
                elif self.session is None:
                    self.error("HELLO first")
                else:
                    self._run(kind, payload.decode("latin-1"))
            except Exception as e:
                self.send(P.NOTE, f"robur: internal error: {type(e).__name__}: {e}\n".encode("utf-8"))
                self.send(P.DONE, b'{"ok": false}')

    def _hello(self, cwd: str) -> None:
        loop = self.server.loop
        with loop.vm_lock:
            def out(s: str) -> None:
                self.send_chunks(P.OUTPUT, s.encode("latin-1", "replace"))

            def err(s: str) -> None:
                self.send_chunks(P.NOTE, s.encode("latin-1", "replace"))

            def program(fd: int, data: bytes) -> None:
                self.send_chunks(P.PROGRAM, data, bytes([fd if fd in (1, 2) else 1]))
            self.session = AttachedSession(self.server, out, err, program, cwd)
            info = {"project": str(loop.root), "entry": loop.entry,
                    "modules": sorted(self.session.baseline), "running": loop.machine is not None}
        self.send(P.WELCOME, json.dumps(info).encode("utf-8"))

    def _run(self, kind: int, text: str) -> None:
        loop = self.server.loop
        s = self.session
        assert s is not None
        status: Optional[int] = None
        ok = False
        with loop.vm_lock:
            s.sync()
            s.compiler.counter = max(s.compiler.counter, self.server.counter)
            with self.guard:
                self.running = True
            try:
                if kind == P.SCRIPT:
                    status = s.run_script(text)
                    ok = status == 0
                else:
                    ok = s.execute(text)
            except Quit as q:
                status = q.status
            finally:
                with self.guard:
                    self.running = False
                self.server.counter = max(self.server.counter, s.compiler.counter)
        if status is not None:
            self.send(P.QUIT, json.dumps({"status": status}).encode())
        else:
            self.send(P.DONE, json.dumps({"ok": bool(ok)}).encode())

    def close(self) -> None:
        self.alive = False
        try:
            self.conn.close()
        except OSError:
            pass
        self.server.forget(self)


class AttachServer:
    def __init__(self, loop) -> None:
        self.loop = loop
        self.path = P.socket_path(loop.root)
        self.sock: Optional[socket.socket] = None
        self.clients: set[_Client] = set()
        self.counter = 0            # the highest TOP<n> any session loaded
        self._lock = threading.Lock()
        self._stopping = False

    def start(self) -> Optional[str]:
        """Listen; returns None, or why not (another robur dev serves the
        directory, or the runtime directory is not private)."""
        try:
            P.ensure_attach_dir()
        except (OSError, P.UnsafeDirectory) as e:
            return f"no REPL can attach: {e}"
        if self.path.exists():
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.connect(str(self.path))
                return "another robur dev runs for this directory: robur repl --attach reaches that one"
            except OSError:
                self.path.unlink(missing_ok=True)      # left by a robur dev that died
            finally:
                probe.close()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(str(self.path))
            os.chmod(self.path, 0o600)
            sock.listen(MAX_CLIENTS)
        except OSError as e:
            sock.close()
            return f"no REPL can attach: {e}"
        sock.settimeout(0.2)
        self.sock = sock
        threading.Thread(target=self._accept, name="robur-attach", daemon=True).start()
        return None

    def _accept(self) -> None:
        while not self._stopping:
            try:
                conn, _ = self.sock.accept()           # type: ignore[union-attr]
            except socket.timeout:
                continue
            except OSError:
                return
            conn.settimeout(None)
            c = _Client(self, conn)
            with self._lock:
                full = len(self.clients) >= MAX_CLIENTS
                if not full:
                    self.clients.add(c)
            if full:
                c.error(f"robur dev serves at most {MAX_CLIENTS} attached REPLs")
                conn.close()
                continue
            c.start()

    def forget(self, c: _Client) -> None:
        with self._lock:
            self.clients.discard(c)

    def stop(self, reason: str) -> None:
        """GOODBYE to every client; a running phrase is interrupted."""
        self._stopping = True
        if self.sock is not None:
            self.sock.close()
            self.sock = None
            try:
                self.path.unlink()
            except OSError:
                pass
        with self._lock:
            clients = list(self.clients)
        for c in clients:
            c.interrupt()
            c.send(P.GOODBYE, reason.encode("utf-8"))
            try:
                c.conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
