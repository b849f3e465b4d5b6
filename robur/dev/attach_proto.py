"""The attach socket: how ``robur repl --attach DIR`` talks to ``robur dev DIR``
(docs/hot-reload.md, "Attaching a REPL").

Where: a unix socket in a directory only its owner can open,
``$XDG_RUNTIME_DIR/robur-attach-UID/`` (else the same name under the
system temporary directory), named after a hash of the project
directory's absolute path, so that ``--attach DIR`` finds the ``robur dev``
of the same directory from any working directory.  Both sides refuse a
directory that is not theirs or that others can enter.

Frames, both directions: a 12-byte header then ``length`` bytes of payload.

    offset 0  4 bytes  magic b"rbat"
    offset 4  u8       version (1)
    offset 5  u8       kind (below)
    offset 6  u16      reserved, 0
    offset 8  u32      length, little-endian, at most MAX_PAYLOAD (1 MiB)

A header that breaks these rules ends the connection (after an ERROR
frame): the stream cannot be trusted any more.  A well-framed request with
an unknown kind or a payload of the wrong shape gets an ERROR and the
connection goes on.  This module has no heavy imports: the client loads it
before anything else.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import struct
import tempfile
from pathlib import Path
from typing import Optional

MAGIC = b"rbat"
VERSION = 1
HEADER = struct.Struct("<4sBBHI")
MAX_PAYLOAD = 1 << 20
CHUNK = 64 * 1024           # output is sent in pieces of at most this size

# client -> robur dev
HELLO = 1          # JSON {"version": 1, "cwd": "..."}
PHRASE = 2         # the text of one complete phrase (robur source: one byte per character)
INTERRUPT = 3      # empty: stop the phrase that runs (an NMI, as Ctrl-C in robur repl)
COMPLETE = 4       # the word before the cursor (UTF-8)
SCRIPT = 5         # a whole script, read as `ocaml -noprompt` reads stdin
BYE = 6            # empty: the client leaves
# robur dev -> client
WELCOME = 16       # JSON {"project", "entry", "modules", "running"}
OUTPUT = 17        # the toplevel's output (bytes for stdout)
PROGRAM = 18       # u8 fd (1 or 2), then bytes the phrase's code wrote
NOTE = 19          # robur's own messages (UTF-8, for stderr)
DONE = 20          # JSON {"ok": bool}: the phrase (or SCRIPT) is over
COMPLETIONS = 21   # JSON [[text, description], ...]
QUIT = 22          # JSON {"status": n}: #quit or the script ended; the session is over
ERROR = 23         # UTF-8 message: a malformed or misplaced request
GOODBYE = 24       # UTF-8 reason: robur dev is stopping

CLIENT_KINDS = {HELLO, PHRASE, INTERRUPT, COMPLETE, SCRIPT, BYE}


class ProtocolError(Exception):
    """A malformed header: the connection must end."""


def encode(kind: int, payload: bytes = b"") -> bytes:
    if len(payload) > MAX_PAYLOAD:
        raise ValueError(f"attach frame payload of {len(payload)} bytes (limit {MAX_PAYLOAD})")
    return HEADER.pack(MAGIC, VERSION, kind, 0, len(payload)) + payload


def encode_json(kind: int, value: object) -> bytes:
    return encode(kind, json.dumps(value).encode("utf-8"))


def read_exact(sock: socket.socket, n: int) -> Optional[bytes]:
    """``n`` bytes, or None at a clean end of stream (raises ProtocolError
    for an end inside them)."""
    buf = bytearray()
    while len(buf) < n:
        got = sock.recv(n - len(buf))
        if not got:
            if buf:
                raise ProtocolError(f"connection closed inside a frame ({len(buf)} of {n} bytes)")
            return None
        buf += got
    return bytes(buf)


def read_frame(sock: socket.socket) -> Optional[tuple[int, bytes]]:
    """(kind, payload), or None at a clean end of stream.  Raises
    ProtocolError for a header that breaks the rules."""
    head = read_exact(sock, HEADER.size)
    if head is None:
        return None
    magic, version, kind, reserved, length = HEADER.unpack(head)
    if magic != MAGIC:
        raise ProtocolError(f"bad magic {magic!r} (expected {MAGIC!r})")
    if version != VERSION:
        raise ProtocolError(f"unsupported version {version} (this robur speaks {VERSION})")
    if reserved != 0:
        raise ProtocolError("reserved header bytes are not 0")
    if length > MAX_PAYLOAD:
        raise ProtocolError(f"payload of {length} bytes is over the limit of {MAX_PAYLOAD}")
    payload = read_exact(sock, length) if length else b""
    if payload is None:
        raise ProtocolError("connection closed inside a frame")
    return kind, payload


def decode_json(payload: bytes) -> object:
    return json.loads(payload.decode("utf-8"))


# -- where the socket lives ------------------------------------------------------------

class UnsafeDirectory(Exception):
    pass


_SUN_PATH = 108          # a unix socket's path must fit in sockaddr_un, NUL included


def attach_dir() -> Path:
    """$XDG_RUNTIME_DIR/robur-attach-UID, else the same under the temporary
    directory, else under /tmp: the first whose socket paths fit."""
    name = f"robur-attach-{os.getuid()}"
    sock_len = len(name) + 2 + 24 + len(".sock")     # /name/KEY.sock
    for base in (os.environ.get("XDG_RUNTIME_DIR"), tempfile.gettempdir(), "/tmp"):
        if base and os.path.isdir(base) and os.access(base, os.W_OK | os.X_OK) and \
                len(os.fsencode(base)) + sock_len < _SUN_PATH:
            return Path(base) / name
    return Path("/tmp") / name


def check_private(path: Path) -> None:
    """``path`` must be a directory (not a link) of this user that nobody
    else can enter."""
    st = os.lstat(path)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise UnsafeDirectory(f"{path} is not a private directory of this user (mode "
                              f"{stat.S_IMODE(st.st_mode):o}, owner {st.st_uid}); remove it")


def ensure_attach_dir() -> Path:
    d = attach_dir()
    try:
        os.mkdir(d, 0o700)
    except FileExistsError:
        pass
    check_private(d)
    return d


def socket_path(project: Path) -> Path:
    """The socket of ``robur dev`` for the project directory ``project``."""
    key = hashlib.sha256(os.fsencode(Path(project).resolve())).hexdigest()[:24]
    return attach_dir() / f"{key}.sock"
