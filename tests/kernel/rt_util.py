"""Helpers shared by test_runtime.py and test_gc.py: build the runtime test
program (kernel/tests/runtime: rt.c + entry.S) for both platforms and run it
on the unix platform or under QEMU with a given accelerator."""
from __future__ import annotations

import fcntl
import subprocess
from pathlib import Path

import pytest

from robur.vm import kvm_usable, run_image, run_unix
from robur.vm.qemu import VMTimeout

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "kernel"
TIMEOUT = 120
ACCELS = ["tcg", "kvm"] if kvm_usable() else ["tcg"]


def build_rt() -> None:
    with open(BUILD / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        proc = subprocess.run(["make", "-s", "-C", str(ROOT / "kernel" / "tests" / "runtime")],
                              capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"make -C kernel/tests/runtime failed:\n{proc.stdout}\n{proc.stderr}")


_kvm_state: list[str] = []


def kvm_probe() -> str:
    """"" when the rt image says hello under KVM within 30 s, else why not.
    (On some hosts /dev/kvm is a paravirtual KVM on which guest code runs
    about 1000 times slower than under TCG: see docs/runtime.md.)"""
    if not _kvm_state:
        try:
            r = run_image(BUILD / "pvh" / "rt-tests" / "rt.elf", ["hello"], accel="kvm",
                          memory_mb=2, timeout=30, quiet=True)
            _kvm_state.append("" if r.stdout == b"hello\n" else f"KVM hello printed {r.stdout!r}")
        except VMTimeout:
            _kvm_state.append("KVM here too slow: hello did not finish in 30 s")
    return _kvm_state[0]


def run(where: str, args, memory_mb: int = 128, timeout: float = TIMEOUT):
    """where: "unix", "tcg" or "kvm".  stdout and stderr arrive merged."""
    if where == "kvm" and kvm_probe():
        pytest.skip(kvm_probe())
    if where == "unix":
        return run_unix(BUILD / "unix" / "rt-tests" / "rt", list(args), timeout=timeout)
    return run_image(BUILD / "pvh" / "rt-tests" / "rt.elf", list(args), accel=where,
                     memory_mb=memory_mb, timeout=timeout, quiet=True)
