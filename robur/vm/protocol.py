"""The control channel's wire format, host side.

The one definition of the format is ``kernel/include/robur/control_abi.h``;
this module mirrors its constants (``tests/vm/test_protocol.py`` parses the
header and checks every one) and encodes and decodes frames.  Prose:
``docs/protocol.md``.

A frame is a 32-byte little-endian header ``{magic, version, kind, flags, seq,
length, payload_crc, reserved, header_crc}`` and ``length`` payload bytes; both
checksums are zlib's CRC-32.  :class:`Decoder` is an incremental scanner
with the VM's own resynchronisation rule (scan for the magic, refuse, skip
one byte), so the host survives a confused VM too.
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from enum import IntEnum

MAGIC = 0x74636272                 # b"rbct"
VERSION = 1

HEADER_SIZE = 32
OFF_MAGIC = 0
OFF_VERSION = 4
OFF_KIND = 6
OFF_FLAGS = 8
OFF_SEQ = 12
OFF_LENGTH = 16
OFF_PAYLOAD_CRC = 20
OFF_RESERVED = 24
OFF_HEADER_CRC = 28
HEADER_CRC_SPAN = 28

MAX_PAYLOAD = 16 * 1024 * 1024
IDLE_TIMEOUT_MS = 250
MAX_ERROR_MESSAGE = 120
MAX_PING = 65536
MAX_RELOAD_UNITS = 256             # units in one RELOAD batch

F_REPLY = 1
F_KNOWN = 1

FEAT_STATS_GC = 1

_HEADER = struct.Struct("<IHHIIIIII")
assert _HEADER.size == HEADER_SIZE


class Kind(IntEnum):
    HELLO = 1
    HELLO_REPLY = 2
    PING = 3
    PONG = 4
    STATS = 5
    STATS_REPLY = 6
    ECHO = 7
    ECHO_REPLY = 8
    ERROR = 9
    SHUTDOWN = 10
    SHUTDOWN_REPLY = 11
    # The live loop (docs/protocol.md "Loader", "Evaluating phrases"): served by
    # images with the loader, refused with UNSUPPORTED by the others.
    LOAD_MODULE = 16
    LOAD_REPLY = 17
    EVAL = 18
    RESULT = 19
    EXCEPTION = 20
    CONSOLE_OUTPUT = 21
    INTERRUPT = 22
    # robur dev (docs/protocol.md, "Running and reloading a program"): live images only.
    RUN = 23
    RUN_REPLY = 24
    RELOAD = 25
    RELOAD_REPLY = 26
    RESTART = 27
    RESTART_REPLY = 28
    # #trace (docs/protocol.md, "Tracing"): VM -> host, while an EVAL runs.
    TRACE = 29


K_FIRST_RESERVED = 16
K_LAST_RESERVED = 31

EVAL_CAPTURE = 1                   # EVAL flag: console output as CONSOLE_OUTPUT frames
EVAL_KNOWN_FLAGS = 1


class TraceEvent(IntEnum):
    """The event of a TRACE frame."""
    CALL = 0
    RETURN = 1
    RAISE = 2


class ValueKind(IntEnum):
    """The first byte of each node of a value tree (RESULT, EXCEPTION)."""
    INT = 0
    BLOCK = 1
    STRING = 2
    FLOAT = 3
    FLOATARRAY = 4
    CLOSURE = 5
    ABSTRACT = 6
    CUT = 7
    BOXED = 8
    ANCESTOR = 9


class ErrorCode(IntEnum):
    BAD_MAGIC = 1
    BAD_VERSION = 2
    BAD_HEADER_CRC = 3
    BAD_HEADER = 4
    TOO_LARGE = 5
    TRUNCATED = 6
    BAD_PAYLOAD_CRC = 7
    UNKNOWN_KIND = 8
    UNSUPPORTED = 9
    BAD_PAYLOAD = 10


class StatsField(IntEnum):
    VALID = 0
    UPTIME_NS = 1
    MEM_AVAILABLE = 2
    MEM_LARGEST = 3
    HEAP_WORDS = 4
    MINOR_COLLECTIONS = 5
    MAJOR_COLLECTIONS = 6
    FRAMES_IN = 7
    FRAMES_REFUSED = 8
    BYTES_IN = 9
    BYTES_OUT = 10
    MAX_PAYLOAD = 11


STATS_FIELDS = len(StatsField)


class ProtocolError(ValueError):
    """Bytes that are not a valid frame (raised by :func:`decode`)."""


@dataclass(frozen=True)
class Frame:
    kind: int
    seq: int
    payload: bytes = b""
    flags: int = 0
    version: int = VERSION

    @property
    def is_reply(self) -> bool:
        return bool(self.flags & F_REPLY)


def crc32(data: bytes) -> int:
    return zlib.crc32(data) & 0xFFFFFFFF


def encode_header(kind: int, seq: int, length: int, payload_crc: int, flags: int = 0,
                  version: int = VERSION, magic: int = MAGIC, reserved: int = 0,
                  header_crc: int | None = None) -> bytes:
    """The 32 header bytes.  Every field can be given, even wrong ones (the
    fuzz tests forge bad headers); header_crc defaults to the right value."""
    head = _HEADER.pack(magic, version, kind, flags, seq, length, payload_crc, reserved, 0)
    if header_crc is None:
        header_crc = crc32(head[:HEADER_CRC_SPAN])
    return head[:HEADER_CRC_SPAN] + struct.pack("<I", header_crc)


def encode(kind: int, seq: int, payload: bytes = b"", flags: int = 0) -> bytes:
    """One well-formed frame."""
    if len(payload) > MAX_PAYLOAD:
        raise ProtocolError(f"payload of {len(payload)} bytes exceeds the limit of {MAX_PAYLOAD}")
    if not 0 <= seq <= 0xFFFFFFFF:
        raise ProtocolError(f"sequence number {seq} does not fit in 32 bits")
    return encode_header(kind, seq, len(payload), crc32(payload), flags) + bytes(payload)


def decode_header(data: bytes) -> tuple[int, int, int, int, int, int, int, int, int]:
    """(magic, version, kind, flags, seq, length, payload_crc, reserved, header_crc)."""
    return _HEADER.unpack_from(data)


def check_header(data: bytes) -> tuple[int, int, int, int]:
    """Validates a 32-byte header in the VM's order; returns (kind, flags, seq,
    length) or raises ProtocolError with the ErrorCode as its second arg."""
    magic, version, kind, flags, seq, length, _pcrc, reserved, hcrc = decode_header(data)
    if magic != MAGIC:
        raise ProtocolError("bad magic", ErrorCode.BAD_MAGIC)
    if version != VERSION:
        raise ProtocolError(f"protocol version {version}, expected {VERSION}", ErrorCode.BAD_VERSION)
    if hcrc != crc32(data[:HEADER_CRC_SPAN]):
        raise ProtocolError("header CRC mismatch", ErrorCode.BAD_HEADER_CRC)
    if reserved or flags & ~F_KNOWN or length > MAX_PAYLOAD:
        raise ProtocolError("reserved field, unknown flag or length above the limit",
                            ErrorCode.BAD_HEADER)
    return kind, flags, seq, length


def decode(data: bytes) -> Frame:
    """Exactly one frame, nothing before or after it."""
    if len(data) < HEADER_SIZE:
        raise ProtocolError(f"truncated header: {len(data)} bytes", ErrorCode.TRUNCATED)
    kind, flags, seq, length = check_header(data[:HEADER_SIZE])
    payload = data[HEADER_SIZE:]
    if len(payload) != length:
        raise ProtocolError(f"payload of {len(payload)} bytes, header says {length}",
                            ErrorCode.TRUNCATED)
    if crc32(payload) != decode_header(data)[6]:
        raise ProtocolError("payload CRC mismatch", ErrorCode.BAD_PAYLOAD_CRC)
    return Frame(kind, seq, bytes(payload), flags)


class Decoder:
    """Incremental decoder for a byte stream: feed() bytes, get whole frames.
    Invalid bytes are skipped the way the VM skips them (to the next magic,
    one byte past a refused header); `skipped` counts them."""

    def __init__(self, max_payload: int = MAX_PAYLOAD) -> None:
        self.buf = bytearray()
        self.max_payload = max_payload
        self.skipped = 0

    def feed(self, data: bytes) -> list[Frame]:
        self.buf += data
        frames: list[Frame] = []
        magic = struct.pack("<I", MAGIC)
        while True:
            i = self.buf.find(magic)
            if i < 0:
                keep = next((k for k in (3, 2, 1) if self.buf.endswith(magic[:k])), 0)
                self.skipped += len(self.buf) - keep
                del self.buf[:len(self.buf) - keep]
                return frames
            if i:
                self.skipped += i
                del self.buf[:i]
            if len(self.buf) < HEADER_SIZE:
                return frames
            try:
                kind, flags, seq, length = check_header(bytes(self.buf[:HEADER_SIZE]))
                if length > self.max_payload:
                    raise ProtocolError("too large", ErrorCode.TOO_LARGE)
            except ProtocolError:
                self.skipped += 1
                del self.buf[:1]
                continue
            end = HEADER_SIZE + length
            if len(self.buf) < end:
                return frames
            payload = bytes(self.buf[HEADER_SIZE:end])
            if crc32(payload) != decode_header(self.buf)[6]:
                self.skipped += 1
                del self.buf[:1]
                continue
            frames.append(Frame(kind, seq, payload, flags))
            del self.buf[:end]


# --- payloads ------------------------------------------------------------------

@dataclass(frozen=True)
class Hello:
    version: int
    max_payload: int
    features: int
    name: str


def decode_hello(payload: bytes) -> Hello:
    if len(payload) < 16:
        raise ProtocolError(f"HELLO_REPLY payload of {len(payload)} bytes")
    version, max_payload, features, _ = struct.unpack_from("<IIII", payload)
    return Hello(version, max_payload, features, payload[16:].decode("utf-8", "replace"))


@dataclass(frozen=True)
class Stats:
    valid: int
    values: dict[StatsField, int]

    def get(self, field: StatsField) -> int | None:
        """The value, or None when the VM marked it as not meaningful."""
        return self.values[field] if self.valid >> field & 1 else None


def decode_stats(payload: bytes) -> Stats:
    if len(payload) < 8 * STATS_FIELDS:
        raise ProtocolError(f"STATS_REPLY payload of {len(payload)} bytes")
    vals = struct.unpack_from(f"<{STATS_FIELDS}Q", payload)
    return Stats(vals[0], {f: vals[f] for f in StatsField})


@dataclass(frozen=True)
class ErrorReply:
    code: int
    message: str

    @property
    def name(self) -> str:
        try:
            return ErrorCode(self.code).name
        except ValueError:
            return f"error {self.code}"


def encode_error(code: int, message: str) -> bytes:
    return struct.pack("<II", code, 0) + message.encode("utf-8")[:MAX_ERROR_MESSAGE]


def decode_error(payload: bytes) -> ErrorReply:
    if len(payload) < 8:
        raise ProtocolError(f"ERROR payload of {len(payload)} bytes")
    code, _ = struct.unpack_from("<II", payload)
    return ErrorReply(code, payload[8:].decode("utf-8", "replace"))


def encode_shutdown(code: int = 0) -> bytes:
    return struct.pack("<I", code)
