"""``robur repl --attach [DIR]``: a REPL whose phrases run in the VM of the
``robur dev DIR`` that is running, against the project's modules as they
are loaded now (docs/hot-reload.md, "Attaching a REPL").

This process is only a client: it reads phrases (the same prompt as
``robur repl``: multi-line input, history, Tab completion, which asks
robur dev), sends each over the attach socket (robur/dev/attach_proto.py)
and writes what comes back.  robur dev types, compiles and runs the
phrase, and prints it exactly as ``robur repl`` does.  Ctrl-C while a
phrase runs sends INTERRUPT (the phrase gets ``Interrupted.``; the app is
not touched).  When robur dev stops, this REPL says so and leaves.

``--no-prompt`` (or input that is not a terminal) sends stdin as one
script, run as ``robur repl --no-prompt`` runs it.
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import Optional

from ..dev import attach_proto as P


class DevGone(Exception):
    """robur dev stopped (or closed the connection)."""


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="robur repl", description="A REPL attached to the VM of "
                                 "a running `robur dev DIR`: phrases see the project's live modules.")
    ap.add_argument("--attach", nargs="?", const=".", default=".", metavar="DIR",
                    help="the directory `robur dev` runs (default: .)")
    ap.add_argument("--no-prompt", action="store_true",
                    help="read a script from stdin, print what `ocaml -noprompt -nopromptcont` prints")
    # accepted for the command line's sake; the VM is robur dev's
    ap.add_argument("--accel", choices=["kvm", "tcg"], default=None, help=argparse.SUPPRESS)
    ap.add_argument("--memory", type=int, default=256, help=argparse.SUPPRESS)
    ap.add_argument("--init", metavar="FILE", help="run FILE first (not .roburinit: the session is robur dev's)")
    ap.add_argument("--no-init", action="store_true", help=argparse.SUPPRESS)
    return ap


class Connection:
    """The socket, with a reader thread: replies go to ``replies``,
    completions to ``completions``, output straight to the terminal."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.replies: "queue.Queue[tuple[int, bytes]]" = queue.Queue()
        self.completions: "queue.Queue[list]" = queue.Queue()
        self.gone: Optional[str] = None
        self.on_gone = lambda: None
        self._send_lock = threading.Lock()

    def send(self, kind: int, payload: bytes = b"") -> None:
        try:
            with self._send_lock:
                self.sock.sendall(P.encode(kind, payload))
        except OSError:
            self._lost("robur dev closed the connection")

    def start(self) -> None:
        threading.Thread(target=self._read, name="robur-attach-client", daemon=True).start()

    def _read(self) -> None:
        why = "robur dev closed the connection"
        try:
            while True:
                frame = P.read_frame(self.sock)
                if frame is None:
                    break
                kind, payload = frame
                if kind == P.OUTPUT:
                    _write(sys.stdout, payload)
                elif kind == P.PROGRAM and payload:
                    _write(sys.stdout if payload[0] == 1 else sys.stderr, payload[1:])
                elif kind == P.NOTE:
                    _write(sys.stderr, payload)
                elif kind == P.COMPLETIONS:
                    self.completions.put(json.loads(payload.decode("utf-8")))
                elif kind == P.GOODBYE:
                    why = payload.decode("utf-8", "replace")
                    break
                else:
                    self.replies.put((kind, payload))
        except (OSError, P.ProtocolError, ValueError) as e:
            why = f"the connection to robur dev broke ({e})"
        self._lost(why)

    def _lost(self, why: str) -> None:
        if self.gone is None:
            self.gone = why
            self.replies.put((P.GOODBYE, why.encode("utf-8")))
            self.completions.put([])
            self.on_gone()

    def wait(self, kinds: set[int], timeout: Optional[float] = None) -> tuple[int, bytes]:
        """The next reply of one of ``kinds`` (an ERROR is printed and
        skipped); raises DevGone."""
        while True:
            kind, payload = self.replies.get(timeout=timeout)
            if kind == P.GOODBYE:
                raise DevGone(payload.decode("utf-8", "replace"))
            if kind == P.ERROR:
                _write(sys.stderr, b"robur: robur dev refused a request: " + payload + b"\n")
                continue
            if kind in kinds:
                return kind, payload


def _write(stream, data: bytes) -> None:
    stream.flush()
    stream.buffer.write(data)
    stream.buffer.flush()


def connect(directory: str) -> tuple[Optional[Connection], str]:
    root = Path(directory).resolve()
    hint = f"no robur dev is running for {root}: start `robur dev {directory}` first"
    if not root.is_dir():
        return None, f"{directory} is not a directory"
    path = P.socket_path(root)
    try:
        P.check_private(path.parent)
    except FileNotFoundError:
        return None, hint
    except (OSError, P.UnsafeDirectory) as e:
        return None, f"will not attach: {e}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(str(path))
    except (FileNotFoundError, ConnectionRefusedError):
        sock.close()
        return None, hint
    except OSError as e:
        sock.close()
        return None, f"cannot reach robur dev for {root}: {e}"
    return Connection(sock), ""


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    conn, why = connect(args.attach)
    if conn is None:
        print(f"robur repl: {why}", file=sys.stderr)
        return 2
    conn.start()
    conn.send(P.HELLO, json.dumps({"version": P.VERSION, "cwd": os.getcwd()}).encode("utf-8"))
    try:
        _, payload = conn.wait({P.WELCOME}, timeout=120)
    except queue.Empty:
        print("robur repl: robur dev did not answer", file=sys.stderr)
        return 2
    except DevGone as e:
        print(f"robur repl: {e}", file=sys.stderr)
        return 2
    info = json.loads(payload.decode("utf-8"))
    from .app import BANNER
    interactive = not args.no_prompt and sys.stdin.isatty() and sys.stdout.isatty()
    mods = ", ".join(info.get("modules") or []) or "none yet"
    print(BANNER + "\n" + f"        attached to robur dev {info.get('project')} (modules: {mods})\n", flush=True)
    try:
        if args.init:
            run_phrase(conn, f'#use "{args.init}";;')
        if not interactive:
            text = sys.stdin.buffer.read()
            if len(text) > P.MAX_PAYLOAD:
                print(f"robur repl: a script sent to robur dev is at most {P.MAX_PAYLOAD} bytes", file=sys.stderr)
                return 2
            conn.send(P.SCRIPT, text)
            kind, payload = _wait_interruptible(conn)
            return json.loads(payload).get("status", 0) if kind == P.QUIT else 0
        return interact(conn)
    except DevGone as e:
        print(f"\nrobur repl: {e}; leaving", file=sys.stderr)
        return 0
    except _Quit as q:
        return q.status
    finally:
        conn.send(P.BYE)
        conn.sock.close()


class _Quit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _wait_interruptible(conn: Connection) -> tuple[int, bytes]:
    """The reply to a PHRASE or SCRIPT; Ctrl-C meanwhile interrupts it."""
    pressed = threading.Event()
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda signum, frame: pressed.set())   # async-signal-safe
    try:
        while True:
            try:
                return conn.wait({P.DONE, P.QUIT}, timeout=0.05)
            except queue.Empty:
                pass
            if pressed.is_set():
                pressed.clear()
                conn.send(P.INTERRUPT)
    finally:
        signal.signal(signal.SIGINT, previous)


def run_phrase(conn: Connection, text: str) -> bool:
    conn.send(P.PHRASE, text.encode("latin-1"))
    kind, payload = _wait_interruptible(conn)
    if kind == P.QUIT:
        raise _Quit(json.loads(payload).get("status", 0))
    return bool(json.loads(payload).get("ok"))


def interact(conn: Connection) -> int:
    from .prompt import ReplPrompt, read_input
    from .reader import split_phrases
    prompt = ReplPrompt(None)
    prompt.session.completer = RemoteCompleter(conn)

    def gone() -> None:          # robur dev stopped while we wait at the prompt
        app = prompt.session.app
        try:
            if app.is_running:
                app.loop.call_soon_threadsafe(lambda: app.exit(exception=DevGone(conn.gone or "")))
        except Exception:
            pass
    conn.on_gone = gone
    while True:
        if conn.gone is not None:
            raise DevGone(conn.gone)
        try:
            text = read_input(prompt)
        except EOFError:
            print()
            return 0
        if text is None:
            continue
        phrases, rest = split_phrases(text)
        for p in phrases:
            run_phrase(conn, p.text)
        if rest.strip() and not phrases:
            run_phrase(conn, rest)


class RemoteCompleter:
    """Tab completion: directives here, names by robur dev (the session's
    environment lives there)."""

    def __new__(cls, conn: Connection):
        from prompt_toolkit.completion import Completer, Completion
        from .prompt import _WORD

        class _Remote(Completer):
            def get_completions(self, document, complete_event):
                before = document.text_before_cursor
                m = _WORD.search(before)
                word = m.group(0) if m else ""
                if word.startswith("#") or (not word and before.rstrip().endswith("#")):
                    from .directives import DIRECTIVES
                    for name in sorted(DIRECTIVES):
                        if name.startswith(word[1:]):
                            yield Completion("#" + name, start_position=-len(word), display_meta="directive")
                    return
                if conn.gone is not None:
                    return
                while not conn.completions.empty():     # a late answer to an earlier request
                    conn.completions.get_nowait()
                conn.send(P.COMPLETE, word.encode("utf-8"))
                try:
                    items = conn.completions.get(timeout=3.0)
                except queue.Empty:
                    return
                for text, meta in items:
                    yield Completion(text, start_position=-len(word), display_meta=meta)
        return _Remote()
