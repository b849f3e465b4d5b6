"""The control-channel format on the host side: robur/vm/protocol.py must
agree with kernel/include/robur/control_abi.h (the one definition, parsed
here), round-trip every frame, and refuse every malformed one with the
error code the VM would send.  No QEMU needed."""
from __future__ import annotations

import os
import re
import stat
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from robur.vm import protocol as P
from robur.vm.channel import private_runtime_dir, qemu_channel_args

ROOT = Path(__file__).resolve().parents[2]
ABI = ROOT / "kernel" / "include" / "robur" / "control_abi.h"


def abi_constants() -> dict[str, int]:
    text = ABI.read_text()
    found = {}
    for m in re.finditer(r"^#define (RB_CTL_\w+)\s+(0x[0-9a-fA-F]+|\d+)\b", text, re.M):
        found[m.group(1)] = int(m.group(2), 0)
    return found


def python_constants() -> dict[str, int]:
    """Every constant the Python side defines, under its C name."""
    out: dict[str, int] = {}
    for name in ("MAGIC", "VERSION", "HEADER_SIZE", "OFF_MAGIC", "OFF_VERSION", "OFF_KIND",
                 "OFF_FLAGS", "OFF_SEQ", "OFF_LENGTH", "OFF_PAYLOAD_CRC", "OFF_RESERVED",
                 "OFF_HEADER_CRC", "HEADER_CRC_SPAN", "MAX_PAYLOAD", "IDLE_TIMEOUT_MS",
                 "MAX_ERROR_MESSAGE", "MAX_PING", "MAX_RELOAD_UNITS", "F_REPLY", "F_KNOWN", "FEAT_STATS_GC",
                 "STATS_FIELDS", "K_FIRST_RESERVED", "K_LAST_RESERVED", "EVAL_CAPTURE",
                 "EVAL_KNOWN_FLAGS"):
        out["RB_CTL_" + name] = getattr(P, name)
    out.update({f"RB_CTL_K_{k.name}": k.value for k in P.Kind})
    out.update({f"RB_CTL_E_{e.name}": e.value for e in P.ErrorCode})
    out.update({f"RB_CTL_S_{s.name}": s.value for s in P.StatsField})
    out.update({f"RB_CTL_V_{v.name}": v.value for v in P.ValueKind})
    out.update({f"RB_CTL_TRACE_{t.name}": t.value for t in P.TraceEvent})
    return out


def test_every_abi_constant_matches_python():
    c, py = abi_constants(), python_constants()
    assert len(c) > 50, "the header parser found too little"
    assert set(c) == set(py), (sorted(set(c) - set(py)), sorted(set(py) - set(c)))
    assert {k: c[k] for k in c if c[k] != py[k]} == {}


def test_header_layout():
    assert struct.pack("<I", P.MAGIC) == b"rbct"
    h = P.encode_header(kind=0x0B0A, seq=0x11223344, length=0x55667788, payload_crc=0x99AABBCC,
                        flags=0x01, version=0x0302, reserved=0xDDEEFF00)
    assert len(h) == P.HEADER_SIZE
    u32 = lambda off: struct.unpack_from("<I", h, off)[0]
    u16 = lambda off: struct.unpack_from("<H", h, off)[0]
    assert u32(P.OFF_MAGIC) == P.MAGIC and u16(P.OFF_VERSION) == 0x0302
    assert u16(P.OFF_KIND) == 0x0B0A and u32(P.OFF_FLAGS) == 1 and u32(P.OFF_SEQ) == 0x11223344
    assert u32(P.OFF_LENGTH) == 0x55667788 and u32(P.OFF_PAYLOAD_CRC) == 0x99AABBCC
    assert u32(P.OFF_RESERVED) == 0xDDEEFF00
    assert u32(P.OFF_HEADER_CRC) == zlib.crc32(h[:P.HEADER_CRC_SPAN])


def test_crc_is_zlibs():
    assert P.crc32(b"123456789") == 0xCBF43926 and P.crc32(b"") == 0


def test_reserved_kinds_are_in_the_reserved_range():
    for k in ("LOAD_MODULE", "LOAD_REPLY", "EVAL", "RESULT", "EXCEPTION", "CONSOLE_OUTPUT", "INTERRUPT"):
        assert P.K_FIRST_RESERVED <= P.Kind[k] <= P.K_LAST_RESERVED


@settings(max_examples=200, deadline=None)
@given(kind=st.integers(0, 0xFFFF), seq=st.integers(0, 0xFFFFFFFF), payload=st.binary(max_size=3000),
       reply=st.booleans())
def test_round_trip(kind, seq, payload, reply):
    data = P.encode(kind, seq, payload, P.F_REPLY if reply else 0)
    assert len(data) == P.HEADER_SIZE + len(payload)
    f = P.decode(data)
    assert (f.kind, f.seq, f.payload, f.is_reply) == (kind, seq, payload, reply)


@settings(max_examples=100, deadline=None)
@given(frames=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 0xFFFFFFFF), st.binary(max_size=300)),
                       max_size=6),
       garbage=st.lists(st.binary(max_size=40), min_size=7, max_size=7),
       cut=st.integers(1, 64))
def test_decoder_resynchronises_on_garbage(frames, garbage, cut):
    """Frames separated by garbage that holds no magic come out intact, however
    the stream is chopped."""
    magic = struct.pack("<I", P.MAGIC)
    garbage = [g.replace(b"r", b"x") for g in garbage]   # no magic can form
    stream = garbage[0] + b"".join(P.encode(k, s, p) + garbage[i + 1] for i, (k, s, p) in enumerate(frames))
    assert magic not in b"".join(garbage)
    d = P.Decoder()
    out = []
    for i in range(0, len(stream), cut):
        out += d.feed(stream[i:i + cut])
    assert [(f.kind, f.seq, f.payload) for f in out] == frames


def test_decoder_skips_a_corrupt_frame_and_keeps_the_next():
    good = P.encode(P.Kind.PONG, 5, b"ok")
    bad = bytearray(P.encode(P.Kind.PONG, 4, b"corrupted"))
    bad[-1] ^= 1
    d = P.Decoder()
    assert [f.seq for f in d.feed(bytes(bad) + good)] == [5]
    # a truncated frame followed by a good one: the good one is found inside
    # (its payload swallows the good frame, fails its CRC, and the rescan
    # finds the good frame inside)
    d = P.Decoder()
    trunc = P.encode(P.Kind.ECHO, 6, b"x" * 40)[:50]
    assert [f.seq for f in d.feed(trunc + good)] == [5]
    d = P.Decoder()
    trunc = P.encode(P.Kind.ECHO, 6, b"x" * 400)[:50]
    assert d.feed(trunc + good) == []          # still waiting for 400 payload bytes
    assert [f.seq for f in d.feed(b"\0" * 400)] == [5]


def _code(data: bytes) -> int:
    with pytest.raises(P.ProtocolError) as e:
        P.decode(data)
    return e.value.args[1]


def test_malformed_frames_are_refused_with_the_vms_codes():
    good = P.encode(P.Kind.PING, 1, b"payload")
    flip = lambda data, i: data[:i] + bytes([data[i] ^ 0x10]) + data[i + 1:]
    assert _code(flip(good, 0)) == P.ErrorCode.BAD_MAGIC
    assert _code(flip(good, P.OFF_VERSION)) == P.ErrorCode.BAD_VERSION
    assert _code(flip(good, P.OFF_SEQ)) == P.ErrorCode.BAD_HEADER_CRC
    assert _code(flip(good, P.HEADER_SIZE + 2)) == P.ErrorCode.BAD_PAYLOAD_CRC
    assert _code(good[:20]) == P.ErrorCode.TRUNCATED
    assert _code(good[:-1]) == P.ErrorCode.TRUNCATED
    assert _code(P.encode_header(P.Kind.PING, 1, 0, 0, reserved=1)) == P.ErrorCode.BAD_HEADER
    assert _code(P.encode_header(P.Kind.PING, 1, 0, 0, flags=2)) == P.ErrorCode.BAD_HEADER
    assert _code(P.encode_header(P.Kind.PING, 1, P.MAX_PAYLOAD + 1, 0)) == P.ErrorCode.BAD_HEADER
    with pytest.raises(P.ProtocolError):
        P.encode(P.Kind.ECHO, 1, bytes(P.MAX_PAYLOAD + 1))
    with pytest.raises(P.ProtocolError):
        P.encode(P.Kind.ECHO, 1 << 32)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=200))
def test_decoder_never_raises_on_random_bytes(data):
    d = P.Decoder()
    d.feed(data)
    d.feed(P.encode(P.Kind.PONG, 9, b"end"))
    assert d.skipped <= len(data)


def test_payload_codecs():
    hello = P.decode_hello(struct.pack("<IIII", 1, 4096, P.FEAT_STATS_GC, 0) + b"robur")
    assert hello == P.Hello(1, 4096, P.FEAT_STATS_GC, "robur")
    vals = list(range(100, 100 + P.STATS_FIELDS))
    vals[0] = 0b10
    s = P.decode_stats(struct.pack(f"<{P.STATS_FIELDS}Q", *vals))
    assert s.get(P.StatsField.UPTIME_NS) == 101 and s.get(P.StatsField.MEM_AVAILABLE) is None
    e = P.decode_error(P.encode_error(P.ErrorCode.TOO_LARGE, "too big"))
    assert (e.code, e.name, e.message) == (5, "TOO_LARGE", "too big")
    with pytest.raises(P.ProtocolError):
        P.decode_stats(b"short")


def test_private_runtime_dir_is_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    d = private_runtime_dir()
    try:
        assert d.parent == tmp_path and stat.S_IMODE(os.stat(d).st_mode) == 0o700
    finally:
        d.rmdir()


def test_qemu_channel_args():
    args = qemu_channel_args("/run/x/control.sock")
    assert "virtio-mmio.force-legacy=false" in args
    assert any(a.startswith("socket,") and "path=/run/x/control.sock" in a and "server=on" in a
               for a in args)
    assert any(a.startswith("virtserialport,") and "nr=1" in a for a in args)
