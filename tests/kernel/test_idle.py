"""Idling (docs/runtime.md "Idling"): a waiting VM halts on the local APIC
timer instead of spinning, so it uses next to no host CPU, and still wakes
on time.  The bounds are generous (the machine is shared and loaded): a
spinning VM uses a whole core, so half of the waiting time already tells the
two apart.  Programs: kernel/tests/boot/sleep.c and the live image."""
from __future__ import annotations

import os
import resource
import time

import pytest

from robur.vm import run_image, run_unix

TIMEOUT = 60


def _children_cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _slept_us(stdout: bytes) -> list[int]:
    return [int(line.split()[1]) for line in stdout.decode().splitlines() if line.startswith("slept ")]


def test_sleep_halts(pvh_test, accel):
    """A 3 s platform_sleep_until costs a small fraction of 3 s of CPU."""
    before = _children_cpu_s()
    r = run_image(pvh_test("sleep"), ["3000"], accel=accel, timeout=TIMEOUT, quiet=True)
    cpu = _children_cpu_s() - before
    assert (r.exit_code, r.panicked) == (0, False), r.stdout
    [us] = _slept_us(r.stdout)
    assert 3_000_000 <= us < 4_000_000
    assert cpu < 1.5, f"qemu used {cpu:.2f} s of CPU during a 3 s sleep"


def test_sleeps_are_never_short(pvh_test, accel):
    """Short and medium waits end at or after their deadline (the one-shot
    timer fires early on purpose; the loop waits for the rest)."""
    r = run_image(pvh_test("sleep"), ["7", "12"], accel=accel, timeout=TIMEOUT, quiet=True)
    assert (r.exit_code, r.panicked) == (0, False), r.stdout
    slept = _slept_us(r.stdout)
    assert len(slept) == 12
    assert all(7_000 <= us < 500_000 for us in slept), slept
    r = run_image(pvh_test("sleep"), ["0", "3"], accel=accel, timeout=TIMEOUT, quiet=True)
    assert _slept_us(r.stdout) and all(us < 100_000 for us in _slept_us(r.stdout))


def test_unix_sleep(unix_test):
    r = run_unix(unix_test("sleep"), ["20", "2"], timeout=TIMEOUT)
    assert r.exit_code == 0
    assert all(us >= 20_000 for us in _slept_us(r.stdout)) and len(_slept_us(r.stdout)) == 2


def _proc_cpu_s(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_idle_live_vm_halts_and_still_answers():
    """The live image's control loop (robur repl, robur dev) halts between
    looks at the channel: idle for 3 s it uses a small fraction of a core,
    and a frame sent to it is still answered promptly."""
    from robur.driver.build import Builder
    from robur.vm.machine import Machine
    image = Builder(quiet=True).live_image()
    m = Machine(image, accel="tcg", quiet=True)
    m.start()
    try:
        assert m.ping(b"x") == b"x"
        time.sleep(1.5)                      # past the spin and the first polling phase
        before = _proc_cpu_s(m.proc.pid)
        time.sleep(3.0)
        cpu = _proc_cpu_s(m.proc.pid) - before
        assert cpu < 1.5, f"an idle live VM used {cpu:.2f} s of CPU in 3 s"
        rtts = []
        for _ in range(10):
            time.sleep(0.02)
            t0 = time.perf_counter()
            assert m.ping(b"y") == b"y"
            rtts.append(time.perf_counter() - t0)
        rtts.sort()
        assert rtts[len(rtts) // 2] < 0.05, rtts   # ~1 ms here; generous for a loaded machine
    finally:
        m.shutdown()
