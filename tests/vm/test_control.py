"""The control channel on real QEMU (microvm), under TCG and, when /dev/kvm
opens, KVM: handshake, ping latency, stats, echo from 0 bytes to 1 MiB,
every kind of malformed frame, a seeded fuzz run, and shutdown.  The same
server also runs as a unix-platform process on a socketpair
(kernel/tests/control/pipe_server.c) for a longer fuzz run.

The VM program is kernel/tests/control/server.c.  kernel/Makefile lists the
pvh platform files by name, so the new virtio files are not in librobur.a:
this module compiles them, control.c and server.c with the Makefile's flags
into build/vm-control/ and links them against build/kernel/pvh/librobur.a.

Measurements (median ping round trip, echo throughput) are printed and
written to build/vm-control/measurements-ACCEL.json."""
from __future__ import annotations

import fcntl
import json
import random
import select
import shutil
import socket
import statistics
import struct
import subprocess
import time
from pathlib import Path
from typing import Iterator

import pytest

from robur.vm import kvm_openable, run_image
from robur.vm.channel import Channel, ChannelTimeout, RemoteError, private_runtime_dir, qemu_channel_args
from robur.vm.protocol import (FEAT_STATS_GC, HEADER_SIZE, MAGIC, MAX_PAYLOAD, ErrorCode, Kind,
                               StatsField, crc32, encode, encode_header)
from robur.vm.qemu import decode_status, encode_cmdline, qemu_command

ROOT = Path(__file__).resolve().parents[2]
KERNEL = ROOT / "kernel"
BUILD = ROOT / "build" / "kernel"
OUT = ROOT / "build" / "vm-control"
ACCELS = ["tcg", "kvm"] if kvm_openable() else ["tcg"]
FUZZ_LIMIT = 100_000         # the fuzzed VM's payload limit, so TOO_LARGE is reachable

CFLAGS = ["-std=c11", "-ffreestanding", "-nostdlib", "-fno-stack-protector", "-fno-pic", "-fno-pie",
          "-mno-red-zone", "-mcmodel=small", "-O2", "-Wall", "-Wextra", "-Werror", "-g",
          "-fno-omit-frame-pointer", "-fstack-clash-protection", "-fno-asynchronous-unwind-tables",
          "-fno-unwind-tables", "-fno-tree-loop-distribute-patterns", "-ffunction-sections",
          "-fdata-sections", f"-I{KERNEL / 'include'}", "-DRB_PLATFORM_PVH"]
SOURCES = [("platform/pvh/virtio_mmio.c", ["-mgeneral-regs-only"]),
           ("platform/pvh/virtio_console.c", ["-mgeneral-regs-only"]),
           ("runtime/control.c", []),
           ("tests/control/server.c", [])]


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")


@pytest.fixture(scope="session")
def server_image() -> Path:
    if shutil.which("qemu-system-x86_64") is None:
        pytest.skip("qemu-system-x86_64 missing: apt-get install qemu-system-x86")
    BUILD.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(BUILD / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _run(["make", "-s", "-C", str(KERNEL), "all"])
        objs = []
        for src, extra in SOURCES:
            obj = OUT / (Path(src).stem + ".o")
            _run(["gcc", *CFLAGS, *extra, "-c", str(KERNEL / src), "-o", str(obj)])
            objs.append(str(obj))
        image = OUT / "server.elf"
        _run(["ld", "-T", str(KERNEL / "platform/pvh/link.ld"), "--gc-sections", "-o", str(image),
              str(BUILD / "pvh/start.o"), *objs, str(BUILD / "pvh/librobur.a")])
    return image


@pytest.fixture(scope="session")
def pipe_server() -> Path:
    """kernel/tests/control/pipe_server.c on the unix platform."""
    OUT.mkdir(parents=True, exist_ok=True)
    BUILD.mkdir(parents=True, exist_ok=True)
    flags = [f for f in CFLAGS if f != "-DRB_PLATFORM_PVH"] + ["-DRB_PLATFORM_UNIX"]
    with open(BUILD / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _run(["make", "-s", "-C", str(KERNEL), "all"])
        objs = []
        for src in ("runtime/control.c", "tests/control/pipe_server.c"):
            obj = OUT / (Path(src).stem + "_unix.o")
            _run(["gcc", *flags, "-c", str(KERNEL / src), "-o", str(obj)])
            objs.append(str(obj))
        exe = OUT / "pipe_server"
        _run(["ld", "-static", "-nostdlib", "--gc-sections", "-z", "noexecstack", "-o", str(exe),
              str(BUILD / "unix/start.o"), *objs, str(BUILD / "unix/librobur.a")])
    return exe


class VM:
    """A running server image with its channel connected."""

    def __init__(self, image: Path, accel: str, args: list[str] = ()) -> None:
        self.dir = private_runtime_dir()
        self.sock = self.dir / "control.sock"
        cmd = qemu_command(image, accel, 128, cmdline=encode_cmdline(["server", *args]),
                           extra_args=qemu_channel_args(self.sock))
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.ch = Channel.connect(self.sock, timeout=10)
        self.timeout = 60.0 if accel == "kvm" else 20.0

    def exit_code(self, timeout: float = 20) -> tuple[int, bytes]:
        out, err = self.proc.communicate(timeout=timeout)
        return decode_status(self.proc.returncode, None)[0], out

    def close(self) -> None:
        self.ch.close()
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(params=ACCELS)
def accel(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def vm(server_image: Path, accel: str) -> Iterator[VM]:
    v = VM(server_image, accel)
    v.ch.hello(timeout=v.timeout)
    yield v
    v.close()


@pytest.fixture
def small_vm(server_image: Path, accel: str) -> Iterator[VM]:
    v = VM(server_image, accel, [f"limit={FUZZ_LIMIT}"])
    v.ch.hello(timeout=v.timeout)
    yield v
    v.close()


def record(accel: str, **values: float) -> None:
    path = OUT / f"measurements-{accel}.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data.update(values)
    path.write_text(json.dumps(data, indent=1))
    print(f"[{accel}] " + ", ".join(f"{k} = {v:.3f}" for k, v in values.items()))


# --- well-formed traffic ----------------------------------------------------------

def test_handshake_ping_stats(vm: VM, accel: str):
    h = vm.ch.hello()
    assert (h.version, h.name) == (1, "robur") and h.max_payload == MAX_PAYLOAD
    assert vm.ch.ping(b"hi") == b"hi"
    rtts = []
    for i in range(1000):
        t = time.perf_counter()
        assert vm.ch.ping(struct.pack("<I", i), timeout=vm.timeout) == struct.pack("<I", i)
        rtts.append(time.perf_counter() - t)
    record(accel, ping_median_us=statistics.median(rtts) * 1e6,
           ping_p90_us=sorted(rtts)[len(rtts) * 9 // 10] * 1e6)
    s1 = vm.ch.stats()
    s2 = vm.ch.stats()
    assert 0 < s1.get(StatsField.UPTIME_NS) < s2.get(StatsField.UPTIME_NS)
    assert s1.get(StatsField.MEM_AVAILABLE) > 0 and s1.get(StatsField.MAX_PAYLOAD) == MAX_PAYLOAD
    assert s1.get(StatsField.HEAP_WORDS) is None   # the bare server links no GC
    assert not h.features & FEAT_STATS_GC
    assert s2.get(StatsField.FRAMES_IN) == s1.get(StatsField.FRAMES_IN) + 1 >= 1003
    assert s2.get(StatsField.FRAMES_REFUSED) == 0 and s2.get(StatsField.BYTES_IN) > 1000 * HEADER_SIZE


def test_echo_sizes(vm: VM, accel: str):
    rng = random.Random(7)
    sizes = [0, 1, 31, 32, 33, 4095, 4096, 4097, 65536, 300_001, 1 << 20]
    for n in sizes:   # the last, 1 MiB, is the one measured
        data = rng.randbytes(n)
        t = time.perf_counter()
        assert vm.ch.echo(data, timeout=vm.timeout) == data, n
        dt = time.perf_counter() - t
    # MB/s of payload echoed (each byte crosses twice: host -> VM -> host)
    record(accel, echo_1mib_s=dt, echo_1mib_mb_per_s=len(data) / dt / 1e6)


def test_pipelined_requests_are_answered_in_order(vm: VM):
    """Many frames in one write, replies collected afterwards."""
    frames = b"".join(encode(Kind.ECHO, 1000 + i, bytes([i]) * i) for i in range(200))
    vm.ch.send_bytes(frames)
    got = [vm.ch.receive(timeout=vm.timeout) for _ in range(200)]
    assert [(f.kind, f.seq, f.payload) for f in got] == \
        [(Kind.ECHO_REPLY, 1000 + i, bytes([i]) * i) for i in range(200)]


def test_reconnect_during_a_large_reply(vm: VM):
    """The host may drop the connection mid-reply and connect again."""
    # 400 kB: the reply is larger than the socket buffer (~200 KiB)
    vm.ch.send_bytes(encode(Kind.ECHO, 99, bytes(400_000)), timeout=vm.timeout)
    r, _, _ = select.select([vm.ch.sock], [], [], vm.timeout)
    assert r and vm.ch.sock.recv(1000)   # the reply has started: QEMU is throttled mid-write
    vm.ch.close()
    vm.ch = Channel.connect(vm.sock)
    for attempt in range(10):
        try:
            assert vm.ch.ping(b"back", timeout=vm.timeout / 10) == b"back"
            break
        except ChannelTimeout:
            continue
    else:
        pytest.fail("no PONG after reconnecting")
    assert vm.ch.echo(b"x" * 5000, timeout=vm.timeout) == b"x" * 5000


def test_stats_carry_gc_counters_when_the_gc_is_linked(server_image: Path, accel: str):
    """control.c refers to the GC's counters weakly: forcing them into the
    image (as a real program links them) turns the fields on."""
    image = OUT / "server_gc.elf"
    objs = [str(OUT / (Path(src).stem + ".o")) for src, _ in SOURCES]
    _run(["ld", "-T", str(KERNEL / "platform/pvh/link.ld"), "--gc-sections", "-u", "caml_heap_stats",
          "-u", "caml_minor_stats", "-o", str(image), str(BUILD / "pvh/start.o"), *objs,
          str(BUILD / "pvh/librobur.a")])
    v = VM(image, accel)
    try:
        assert v.ch.hello(timeout=v.timeout).features & FEAT_STATS_GC
        s = v.ch.stats(timeout=v.timeout)
        for f in (StatsField.HEAP_WORDS, StatsField.MINOR_COLLECTIONS, StatsField.MAJOR_COLLECTIONS):
            assert s.get(f) == 0   # present; zero because this program never starts the GC
        v.ch.shutdown()
        assert v.exit_code()[0] == 0
    finally:
        v.close()


@pytest.mark.parametrize("setup,message", [
    ("none", b"control: no virtio console\n"),
    ("legacy", b"control: legacy virtio-mmio only\n"),
])
def test_missing_or_legacy_device_is_reported(server_image: Path, accel: str, setup: str, message: bytes):
    d = private_runtime_dir()
    try:
        # "legacy": the channel arguments without force-legacy=false
        extra = qemu_channel_args(d / "control.sock")[2:] if setup == "legacy" else []
        r = run_image(server_image, accel=accel, timeout=60, quiet=True, extra_args=extra)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    assert (r.exit_code, r.stdout) == (3, message)


@pytest.mark.parametrize("code", [0, 7])
def test_shutdown_exits(server_image: Path, accel: str, code: int):
    v = VM(server_image, accel)
    try:
        v.ch.hello(timeout=v.timeout)
        v.ch.shutdown(code)
        status, out = v.exit_code()
        assert (status, out) == (code, b"control: ready\ncontrol: shutdown\n")
    finally:
        v.close()


# --- malformed input ---------------------------------------------------------------

def expect_error(v: VM, data: bytes, code: ErrorCode, seq: int | None = None, wait: float = 0) -> None:
    """Sends data, then a PING; expects an ERROR `code` before the PONG."""
    start = len(v.ch.errors)
    v.ch.send_bytes(data)
    if wait:
        time.sleep(wait)
    v.ch.ping(b"after", timeout=v.timeout)
    got = [(s, e.code) for s, e in v.ch.errors[start:]]
    assert got and got[0][1] == code, (got, code)
    if seq is not None:
        assert got[0][0] == seq


def test_each_malformed_frame_gets_its_error(small_vm: VM):
    v = small_vm
    good = encode(Kind.PING, 50, b"payload")
    flip = lambda data, i, bit=1: data[:i] + bytes([data[i] ^ bit]) + data[i + 1:]
    expect_error(v, b"garbage without any magic" * 3, ErrorCode.BAD_MAGIC)
    expect_error(v, flip(good, 4), ErrorCode.BAD_VERSION)
    expect_error(v, flip(good, 13), ErrorCode.BAD_HEADER_CRC)
    expect_error(v, encode_header(Kind.PING, 51, 0, 0, reserved=3), ErrorCode.BAD_HEADER, 51)
    expect_error(v, encode_header(Kind.PING, 52, 0, 0, flags=0x100), ErrorCode.BAD_HEADER, 52)
    expect_error(v, encode_header(Kind.ECHO, 53, MAX_PAYLOAD + 1, 0), ErrorCode.BAD_HEADER, 53)
    expect_error(v, flip(good, HEADER_SIZE + 3), ErrorCode.BAD_PAYLOAD_CRC, 50)
    expect_error(v, encode(Kind.PONG, 54), ErrorCode.UNKNOWN_KIND, 54)
    expect_error(v, encode(999, 55), ErrorCode.UNKNOWN_KIND, 55)
    expect_error(v, encode(Kind.EVAL, 56, b"let x = 1"), ErrorCode.UNSUPPORTED, 56)
    expect_error(v, encode(Kind.SHUTDOWN, 57, b"abc"), ErrorCode.BAD_PAYLOAD, 57)
    expect_error(v, encode(Kind.STATS, 58, b"x"), ErrorCode.BAD_PAYLOAD, 58)
    expect_error(v, encode(Kind.PING, 59, bytes(65537)), ErrorCode.BAD_PAYLOAD, 59)
    # Too large for this VM, but a valid header: drained, refused, still serving.
    big = bytes(FUZZ_LIMIT + 1)
    expect_error(v, encode_header(Kind.ECHO, 60, len(big), crc32(big)) + big, ErrorCode.TOO_LARGE, 60)
    # Truncated: nothing follows for longer than the idle timeout.
    expect_error(v, encode(Kind.ECHO, 61, b"x" * 100)[:70], ErrorCode.TRUNCATED, 61, wait=0.4)
    # A frame swallowed by a truncated one is found again by the rescan.
    v.ch.send_bytes(encode(Kind.ECHO, 62, b"y" * 60)[:40] + encode(Kind.ECHO, 63, b"z"))
    assert v.ch.wait_reply(63, timeout=v.timeout).payload == b"z"
    assert v.ch.echo(b"still fine") == b"still fine"
    s = v.ch.stats()
    assert s.get(StatsField.FRAMES_REFUSED) >= 16


def mutations(rng: random.Random, seq: int, drain: bool = False) -> bytes:
    """One fuzz case: random bytes or a damaged valid frame.  With drain, a
    huge length may be one the server accepts and then drains, swallowing
    everything after it until the line goes idle: only the last case of a
    batch gets that, or it would hide the rest of the batch."""
    kind = rng.choice([Kind.PING, Kind.ECHO, Kind.STATS, Kind.HELLO, Kind.EVAL, rng.randrange(65536)])
    frame = encode(kind, seq, rng.randbytes(rng.randrange(0, 200)))
    how = rng.randrange(7)
    if how == 0:                                   # random bytes, sometimes with a magic inside
        junk = bytearray(rng.randbytes(rng.randrange(1, 300)))
        if rng.random() < 0.3:
            at = rng.randrange(len(junk))
            junk[at:at] = struct.pack("<I", MAGIC)
        return bytes(junk)
    if how == 1:                                   # bit flips
        b = bytearray(frame)
        for _ in range(rng.randrange(1, 4)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        return bytes(b)
    if how == 2:                                   # truncation
        return frame[:rng.randrange(1, len(frame))]
    if how == 3:                                   # wrong length, header CRC fixed up
        n = len(frame) - HEADER_SIZE
        wrong = rng.choice([0, max(0, n - 1), n + 1, n + rng.randrange(1, 5000)])
        return encode_header(kind, seq, wrong, crc32(frame[HEADER_SIZE:])) + frame[HEADER_SIZE:]
    if how == 4:                                   # huge length, header CRC fixed up
        huge = rng.choice([FUZZ_LIMIT + 1, MAX_PAYLOAD] if drain else [MAX_PAYLOAD + 1, 0xFFFFFFFF])
        return encode_header(kind, seq, huge, 0) + frame[HEADER_SIZE:]
    if how == 5:                                   # a field changed, header CRC fixed up
        return encode_header(kind, seq, len(frame) - HEADER_SIZE, crc32(frame[HEADER_SIZE:]),
                             flags=rng.choice([0, 1, 2, 1 << 31]), version=rng.choice([1, 1, 0, 2]),
                             reserved=rng.choice([0, 0, 1])) + frame[HEADER_SIZE:]
    return frame                                   # intact


def ping_until_pong(ch: Channel, seq: int, retry: float, last: float) -> int:
    """PINGs (retried: a huge declared length may swallow a PING until the
    server's idle timeout) until one gets its PONG; returns the next seq."""
    for attempt in range(6):
        seq += 1
        probe = struct.pack("<I", seq)
        ch.send(Kind.PING, probe, seq=seq)
        try:
            assert ch.wait_reply(seq, timeout=retry if attempt < 5 else last).payload == probe
            return seq
        except (ChannelTimeout, RemoteError):   # RemoteError: the PING fell inside a refused frame
            continue
    pytest.fail("no PONG after a fuzz batch")


def test_fuzz_pipe_server(pipe_server: Path):
    """control.c as a Linux process on a socketpair: 6,000 seeded cases.  The
    server must stay alive, every byte it sends must parse as a frame, and it
    must answer a PING at the end (and every 20 batches)."""
    host, child = socket.socketpair()
    proc = subprocess.Popen([str(pipe_server)], stdin=child, stdout=child)
    child.close()
    ch = Channel(host)
    try:
        assert ch.hello().max_payload == FUZZ_LIMIT
        rng = random.Random(424242)
        seq = 1 << 20
        for batch in range(200):
            blob = b""
            for i in range(30):
                seq += 1
                blob += mutations(rng, seq, drain=i == 29 and batch % 20 == 19)
            ch.send_bytes(blob)
            assert proc.poll() is None, f"server died in batch {batch}"
            if batch % 20 == 19:
                seq = ping_until_pong(ch, seq, 0.5, 5.0)
        seq = ping_until_pong(ch, seq, 0.5, 5.0)
        assert ch.decoder.skipped == 0, "the server sent bytes that are not frames"
        codes = {e.code for _, e in ch.errors}
        print(f"[unix] fuzz: 6000 cases, {len(ch.errors)} ERROR frames, codes {sorted(codes)}")
        assert len(ch.errors) > 2000 and len(codes) >= 9
        ch.shutdown(5)
        assert proc.wait(5) == 5
    finally:
        ch.close()
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_fuzz_then_ping(small_vm: VM, accel: str):
    """Seeded random and mutated frames in batches; after each batch a valid
    PING must get its PONG (retried: a huge declared length may swallow the
    first PING until the VM's idle timeout), and the VM must still work."""
    v = small_vm
    rng = random.Random(20261124)
    batches, per_batch = (10, 20) if accel == "kvm" else (20, 30)
    deadline = time.monotonic() + (30 if accel == "kvm" else 15)
    # Longer than the VM's idle timeout (250 ms), so that a retried PING
    # finds the VM done with whatever the last one fell into.
    retry = 1.0 if accel == "kvm" else 0.5
    seq = 10_000
    cases = 0
    for _ in range(batches):
        if time.monotonic() > deadline:
            break
        blob = b""
        for i in range(per_batch):
            seq += 1
            blob += mutations(rng, seq, drain=i == per_batch - 1)
            cases += 1
        v.ch.send_bytes(blob, timeout=v.timeout)
        seq = ping_until_pong(v.ch, seq, retry, v.timeout)
    assert cases >= 100
    assert v.ch.decoder.skipped == 0, "the VM sent bytes that are not frames"
    codes = {e.code for _, e in v.ch.errors}
    print(f"[{accel}] fuzz: {cases} cases, {len(v.ch.errors)} ERROR frames, codes {sorted(codes)}")
    assert len(v.ch.errors) >= cases // 3 and len(codes) >= 8
    assert v.ch.echo(b"alive after %d cases" % cases, timeout=v.timeout) == b"alive after %d cases" % cases
    h = v.ch.hello(timeout=v.timeout)
    assert h.max_payload == FUZZ_LIMIT
    v.ch.shutdown()
    assert v.exit_code()[0] == 0
