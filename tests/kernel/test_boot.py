"""Boot, console, exit codes, argv, panics, the stack guard, memory, on real
QEMU (microvm, plus q35) under every usable accelerator, and the same
programs on the unix platform.  The programs are kernel/tests/boot/*.c."""
from __future__ import annotations

import pytest

from robur.vm import EXIT_PANIC, encode_cmdline, kvm_openable, run_image, run_unix, symbolize
from robur.vm.qemu import ControlFilter, decode_status

TIMEOUT = 60


def boot(image, args=(), accel="tcg", **kw):
    return run_image(image, args, accel=accel, timeout=TIMEOUT, quiet=True, **kw)


# --- the launcher's pure parts ------------------------------------------------

def test_encode_cmdline_quotes():
    assert encode_cmdline(["p", "a b", "", 'x"y\\'], {"stats": "1"}) == \
        'robur.stats=1 p "a b" "" x\\"y\\\\'


@pytest.mark.parametrize("status,expected", [
    (1 | 1 << 1, (0, False)), (78 << 1 | 1, (77, False)), (125 << 1 | 1, (124, False)),
    (253, (EXIT_PANIC, True)), (0, (EXIT_PANIC, True)),
])
def test_decode_status(status, expected):
    assert decode_status(status, None) == expected


def test_decode_status_big_code_and_qemu_error():
    assert decode_status(255, "200") == (200, False)
    with pytest.raises(Exception):
        decode_status(1, None)


def test_control_filter_chunked():
    data = b"a\x01b\x01robur-stats entry_tsc=1 main_tsc=2\nc\x01rob"
    f = ControlFilter()
    out = b"".join(f.feed(data[i:i + 1]) for i in range(len(data))) + f.flush()
    assert out == b"a\x01bc\x01rob"
    assert f.get("stats") == "entry_tsc=1 main_tsc=2"


# --- pvh under each accelerator ---------------------------------------------------

def test_hello(pvh_test, accel):
    r = boot(pvh_test("hello"), accel=accel)
    assert (r.stdout, r.exit_code, r.panicked) == (b"hello, world\n", 0, False)


@pytest.mark.parametrize("code", [0, 1, 2, 77, 124, 125, 255])
def test_exit_codes(pvh_test, accel, code):
    r = boot(pvh_test("exit"), [str(code)], accel=accel)
    assert (r.stdout, r.exit_code, r.panicked) == (b"exiting\n", code, False)


def test_argv_quoting(pvh_test, accel):
    r = boot(pvh_test("args"), ["a b", "", 'q"uote', "back\\slash"], accel=accel)
    assert r.stdout == b'argc=5\n[args]\n[a b]\n[]\n[q"uote]\n[back\\slash]\n'


def test_cmdline_and_options(pvh_test, accel):
    r = boot(pvh_test("args"), ["--cmdline", "x"], accel=accel, options={"test.opt": "v"})
    assert r.stdout == (b"argc=3\n[args]\n[--cmdline]\n[x]\n"
                        b"cmdline=<robur.test.opt=v args --cmdline x>\ntest.opt=v\n")


@pytest.mark.parametrize("kind,message", [
    ("ud2", b"invalid opcode"), ("null", b"page fault"), ("panic", b"deliberate panic"),
    ("overflow", b"stack overflow (guard page hit)"),
])
def test_panic_dumps_registers(pvh_test, accel, kind, message):
    r = boot(pvh_test("fault"), [kind], accel=accel)
    assert (r.exit_code, r.panicked) == (EXIT_PANIC, True)
    assert r.stdout.startswith(b"crashing\nrobur: panic: " + message + b"\n")
    for reg in (b"rip 0x", b"rsp 0x", b"rbp 0x", b"r15 0x", b"cr2 0x", b"err 0x", b"\nbacktrace:\n  0x"):
        assert reg in r.stdout
    if kind == "null":
        assert b"cr2 0x0000000000000000" in r.stdout


def test_backtrace_symbolized(pvh_test):
    image = pvh_test("fault")
    r = boot(image, ["null"])
    text = symbolize(image, r.stdout).decode()
    # rb_main's frame may be missing: crash() is shrink-wrapped, and the null
    # store runs before its prologue (see docs/runtime.md "Platform interface").
    assert "crash (fault.c:" in text and "enter_main (boot.c:" in text


def test_stack_guard_hook_recovers(pvh_test, accel):
    r = boot(pvh_test("stack"), accel=accel)
    assert r.stdout == b"recursing\nrecovered: fault in the guard page\n" * 2
    assert (r.exit_code, r.panicked) == (0, False)


@pytest.mark.parametrize("memory_mb", [2, 64])
def test_memory(pvh_test, accel, memory_mb):
    r = boot(pvh_test("memory"), accel=accel, memory_mb=memory_mb)
    assert (r.stdout, r.exit_code) == (b"memory ok\ntime ok\nrandom ok\ndone\n", 0)


def test_hello_in_2_mib(pvh_test, accel):
    r = boot(pvh_test("hello"), accel=accel, memory_mb=2)
    assert (r.stdout, r.exit_code) == (b"hello, world\n", 0)


def test_sse_float(pvh_test, accel_sse):
    r = boot(pvh_test("float"), accel=accel_sse)
    assert (r.stdout, r.exit_code) == (b"float 7500000 ok\n", 0)


def test_console_read(pvh_test, accel):
    r = boot(pvh_test("echo"), accel=accel, stdin=b"typed ahead\nrest\n")
    assert r.stdout == b"read [typed ahead]\n"


def test_stats_line_parsed_and_stripped(pvh_test, accel):
    r = boot(pvh_test("hello"), accel=accel, stats=True)
    assert r.stdout == b"hello, world\n"
    s = r.stats
    assert s is not None and s.tsc_khz > 0
    assert s.entry_tsc < s.main_tsc <= s.exit_tsc and s.boot_us > 0


def test_streaming(pvh_test, accel, tmp_path):
    out = open(tmp_path / "out", "wb")
    r = boot(pvh_test("hello"), accel=accel, stream=out, stats=True)
    out.close()
    assert (tmp_path / "out").read_bytes() == b"hello, world\n" and r.stdout == b""


def test_q35(pvh_test):
    for name, args, code in (("hello", [], 0), ("exit", ["77"], 77), ("fault", ["null"], EXIT_PANIC)):
        r = boot(pvh_test(name), args, accel="tcg", machine="q35")
        assert r.exit_code == code


@pytest.mark.skipif(not kvm_openable(), reason="KVM not usable")
def test_q35_kvm(pvh_test):
    r = boot(pvh_test("stack"), accel="kvm", machine="q35")
    assert (r.exit_code, r.stdout.count(b"recovered: fault in the guard page")) == (0, 2)


# --- unix: the same programs, the same output -------------------------------------

@pytest.mark.parametrize("name,args", [
    ("hello", []), ("exit", ["0"]), ("exit", ["77"]), ("exit", ["200"]), ("stack", []), ("float", []),
    ("memory", []), ("memory", ["2"]),
])
def test_unix_matches_pvh(pvh_test, unix_test, name, args):
    u = run_unix(unix_test(name), args, timeout=TIMEOUT)
    p = boot(pvh_test(name), args)
    assert (u.stdout, u.exit_code) == (p.stdout, p.exit_code)


def test_unix_argv_and_options(unix_test):
    r = run_unix(unix_test("args"), ["--cmdline", "a b", ""], options={"test.opt": "v"})
    assert r.stdout.split(b"\n", 2)[2] == b"[--cmdline]\n[a b]\n[]\ncmdline=<>\ntest.opt=v\n"


@pytest.mark.parametrize("kind", ["ud2", "null", "panic", "overflow"])
def test_unix_panic(unix_test, kind):
    r = run_unix(unix_test("fault"), [kind])
    assert (r.exit_code, r.panicked) == (EXIT_PANIC, True)
    assert b"rip 0x" in r.stdout and b"backtrace:" in r.stdout


def test_unix_console_read_and_stats(unix_test):
    r = run_unix(unix_test("echo"), stdin=b"typed ahead\nrest\n", stats=True)
    assert r.stdout == b"read [typed ahead]\n" and r.stats is not None and r.stats.tsc_khz > 0


def test_unix_memory_budget(unix_test):
    r = run_unix(unix_test("memory"), ["8"], memory_mb=4)
    assert r.stdout == b"memory ok\nshort of the limit\ntime ok\nrandom ok\ndone\n"
