"""A minimal QMP client (QEMU Machine Protocol, JSON over a unix socket).

robur uses it to interrupt running OCaml code: the VM does not read the
control channel while a phrase runs, so the host injects an NMI
(``inject-nmi``) instead, and the guest's NMI handler raises Sys.Break
(docs/protocol.md, "Interrupts").  QEMU serves the socket with
:func:`qmp_args`; it lives in the same private directory as the control
socket (``channel.private_runtime_dir()``)."""
from __future__ import annotations

import json
import os
import socket
import time
from typing import Any

SOCKET_NAME = "qmp.sock"


class QMPError(RuntimeError):
    pass


def qmp_args(socket_path: str | os.PathLike[str]) -> list[str]:
    """QEMU arguments that serve QMP on socket_path (QEMU does not wait for
    a client)."""
    return ["-qmp", f"unix:{os.fspath(socket_path)},server=on,wait=off"]


class QMP:
    """One QMP connection, capabilities negotiated.  Asynchronous events are
    kept in `events`."""

    def __init__(self, sock: socket.socket, timeout: float) -> None:
        self.sock = sock
        self.sock.settimeout(timeout)
        self.buf = b""
        self.events: list[dict[str, Any]] = []
        greeting = self._read()
        if "QMP" not in greeting:
            raise QMPError(f"not a QMP greeting: {greeting}")
        self.execute("qmp_capabilities")

    @classmethod
    def connect(cls, path: str | os.PathLike[str], timeout: float = 10.0) -> "QMP":
        """Connects, retrying until QEMU has created the socket."""
        deadline = time.monotonic() + timeout
        while True:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                s.connect(os.fspath(path))
                return cls(s, timeout)
            except (FileNotFoundError, ConnectionRefusedError) as e:
                s.close()
                if time.monotonic() > deadline:
                    raise QMPError(f"cannot connect to {path}: {e}") from None
                time.sleep(0.005)

    def _read(self) -> dict[str, Any]:
        while b"\n" not in self.buf:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                raise QMPError("QMP: no answer from QEMU") from None
            if not data:
                raise QMPError("QMP: connection closed by QEMU")
            self.buf += data
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)

    def execute(self, command: str, **arguments: Any) -> Any:
        """Runs a command and returns its "return" value; an "error" raises
        QMPError."""
        msg: dict[str, Any] = {"execute": command}
        if arguments:
            msg["arguments"] = arguments
        self.sock.sendall(json.dumps(msg).encode() + b"\n")
        while True:
            r = self._read()
            if "event" in r:
                self.events.append(r)
                continue
            if "error" in r:
                raise QMPError(f"{command}: {r['error'].get('desc', r['error'])}")
            return r.get("return")

    def inject_nmi(self) -> None:
        self.execute("inject-nmi")

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> "QMP":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
