"""The compile server's wire format and where its socket lives.

The native front door (launcher/robur.c) speaks the client side of this
protocol; the two must agree byte for byte, so each points at the other.

A request, client to server (integers little-endian)::

    "RBR1"  u32 flags  u32 umask  u32 nargs  u32 nenv
    string cwd  string arg * nargs  string "KEY=VALUE" * nenv

where a string is ``u32 length`` then its bytes.  ``flags`` bit 0: the
client's stdout is a terminal; bit 1: its stderr is.  ``args`` are the
command line after ``robur`` (``build hello.ml -o hello``).

Replies, server to client, are frames ``u8 kind  u32 length  payload``:
``o`` bytes for stdout, ``e`` bytes for stderr, ``x`` the exit status
(i32) and the end of the reply, ``d`` "declined: run the command yourself"
(its payload says why, for ``ROBUR_SERVER_DEBUG``).  A client that sees
the connection end before ``x`` or ``d`` runs the command itself.

The client ends its request by shutting down its sending side, so the
server reads to end of file (at most MAX_REQUEST bytes).
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"RBR1"
FLAG_STDOUT_TTY = 1
FLAG_STDERR_TTY = 2
# a request larger than this is refused (a command line and an environment
# are a few KiB; nothing legitimate comes near)
MAX_REQUEST = 1 << 20
MAX_STRINGS = 1 << 14

OUT, ERR, EXIT, DECLINE = b"o", b"e", b"x", b"d"

# the pseudo-commands of ``robur server status|stop`` (no real command
# starts with a NUL)
STATUS, STOP = "\0status", "\0stop"


class BadRequest(Exception):
    """A request that does not follow the format above."""


@dataclass
class Request:
    cwd: str
    args: list[str]
    env: dict[str, str]
    umask: int = 0o022
    stdout_tty: bool = False
    stderr_tty: bool = False


def fnv1a64(data: bytes) -> int:
    """FNV-1a: tiny to write again in C, and stable across runs (unlike
    Python's hash)."""
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def socket_dir() -> Path:
    """``$XDG_RUNTIME_DIR/robur`` when that is an absolute path, else
    ``/tmp/robur-UID``; made private (0700) by the server."""
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if base.startswith("/"):
        return Path(base) / "robur"
    return Path(f"/tmp/robur-{os.getuid()}")


def installation_key(bindir: str) -> str:
    """One server per installation (the directory of the ``robur`` and
    ``python`` executables, with symlinks resolved): two checkouts never
    share a server, since each runs its own compiler."""
    return f"{fnv1a64(os.path.realpath(bindir).encode()):016x}"


def socket_path(bindir: str) -> Path:
    return socket_dir() / f"compile-{installation_key(bindir)}.sock"


def encode_request(req: Request) -> bytes:
    flags = (FLAG_STDOUT_TTY if req.stdout_tty else 0) | (FLAG_STDERR_TTY if req.stderr_tty else 0)
    strings = [req.cwd, *req.args, *(f"{k}={v}" for k, v in req.env.items())]
    body = b"".join(_string(s.encode("utf-8", "surrogateescape")) for s in strings)
    return MAGIC + struct.pack("<IIII", flags, req.umask, len(req.args), len(req.env)) + body


def _string(b: bytes) -> bytes:
    return struct.pack("<I", len(b)) + b


def decode_request(data: bytes) -> Request:
    """Parse one whole request; anything malformed raises BadRequest."""
    if len(data) < 20 or data[:4] != MAGIC:
        raise BadRequest("not a robur request")
    flags, umask, nargs, nenv = struct.unpack_from("<IIII", data, 4)
    if nargs + nenv + 1 > MAX_STRINGS or umask > 0o777:
        raise BadRequest("too many strings or a bad umask")
    pos, strings = 20, []
    for _ in range(1 + nargs + nenv):
        if pos + 4 > len(data):
            raise BadRequest("truncated")
        (n,) = struct.unpack_from("<I", data, pos)
        pos += 4
        if pos + n > len(data):
            raise BadRequest("truncated")
        strings.append(data[pos:pos + n].decode("utf-8", "surrogateescape"))
        pos += n
    if pos != len(data):
        raise BadRequest("trailing bytes")
    # a C string holds no NUL: only the pseudo-commands of robur server do
    if any("\0" in x for x in strings if x not in (STATUS, STOP)):
        raise BadRequest("a NUL byte in a string")
    env: dict[str, str] = {}
    for item in strings[1 + nargs:]:
        key, eq, value = item.partition("=")
        if not eq or not key:
            raise BadRequest("an environment item without '='")
        env[key] = value
    return Request(strings[0], strings[1:1 + nargs], env, umask,
                   bool(flags & FLAG_STDOUT_TTY), bool(flags & FLAG_STDERR_TTY))


def frame(kind: bytes, payload: bytes) -> bytes:
    return kind + struct.pack("<I", len(payload)) + payload


def exit_frame(status: int) -> bytes:
    return frame(EXIT, struct.pack("<i", status))
