"""The Python side of a compile-server client: what ``robur server
status|stop`` and the tests use.  The everyday client is the native front
door (launcher/robur.c), which must start in a millisecond."""
from __future__ import annotations

import os
import socket
import struct
import sys
import time
from pathlib import Path

from . import protocol as P


def installation_socket() -> Path:
    """This installation's socket: the one the front door installed next to
    this Python talks to."""
    return P.socket_path(os.path.dirname(sys.executable))


def request(path: Path, args: list[str], cwd: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 60.0) -> tuple[bytes, bytes, int | None, str | None]:
    """Send one request; (stdout bytes, stderr bytes, exit status or None,
    decline reason or None).  OSError when no server answers."""
    req = P.Request(cwd or os.getcwd(), args, dict(os.environ if env is None else env))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        s.connect(str(path))
        s.sendall(P.encode_request(req))
        s.shutdown(socket.SHUT_WR)
        data = b""
        while True:
            b = s.recv(65536)
            if not b:
                break
            data += b
    out, err, status, declined = b"", b"", None, None
    pos = 0
    while pos + 5 <= len(data):
        kind, (n,) = data[pos:pos + 1], struct.unpack_from("<I", data, pos + 1)
        payload = data[pos + 5:pos + 5 + n]
        pos += 5 + n
        if kind == P.OUT:
            out += payload
        elif kind == P.ERR:
            err += payload
        elif kind == P.EXIT:
            status = struct.unpack("<i", payload)[0]
        elif kind == P.DECLINE:
            declined = payload.decode(errors="replace")
    return out, err, status, declined


def is_running(path: Path) -> bool:
    try:
        return request(path, [P.STATUS], timeout=5.0)[2] == 0
    except OSError:
        return False


def wait_until_running(path: Path, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_running(path):
            return True
        time.sleep(0.05)
    return False
