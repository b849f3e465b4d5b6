"""Shared fixtures for the kernel tests: the kernel is built once per session
(under a file lock, so pytest-xdist workers do not race), and tests that boot
images are parametrized over every accelerator available here: TCG always,
KVM when /dev/kvm opens.  Where /dev/kvm is kvm_pvm (no hardware
virtualisation: KVM emulates each guest instruction and fails on SSE), tests
of code that uses SSE take the `accel_sse` fixture instead, which skips KVM
there."""
from __future__ import annotations

import fcntl
import shutil
import subprocess
from pathlib import Path

import pytest

from robur.vm import kvm_backend, kvm_openable

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "kernel"
ACCELS = ["tcg", "kvm"] if kvm_openable() else ["tcg"]
KVM_EMULATED = kvm_backend() == "kvm_pvm"


def _make(target: str) -> None:
    BUILD.mkdir(parents=True, exist_ok=True)
    with open(BUILD / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        proc = subprocess.run(["make", "-s", "-C", str(ROOT / "kernel"), target],
                              capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"make -C kernel {target} failed:\n{proc.stdout}\n{proc.stderr}")


def _need_qemu() -> None:
    if shutil.which("qemu-system-x86_64") is None:
        pytest.skip("qemu-system-x86_64 missing: apt-get install qemu-system-x86")


@pytest.fixture(scope="session")
def kernel_build() -> Path:
    """build/kernel, with both librobur.a (platform + runtime) and the boot
    test programs built."""
    _need_qemu()
    _make("tests")
    return BUILD


@pytest.fixture(scope="session")
def boot_build() -> Path:
    """build/kernel with only the boot test programs, which link against the
    platform alone: test_boot.py does not depend on the runtime compiling."""
    _need_qemu()
    _make("boot-tests")
    return BUILD


@pytest.fixture(params=ACCELS)
def accel(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(params=ACCELS)
def accel_sse(request: pytest.FixtureRequest) -> str:
    """Like accel, for code that uses SSE: skips kvm_pvm (see above)."""
    if request.param == "kvm" and KVM_EMULATED:
        pytest.skip("kvm_pvm emulates guest code and cannot run SSE instructions")
    return request.param


@pytest.fixture(scope="session")
def pvh_test(boot_build: Path):
    """pvh_test("hello") -> path of the pvh image of kernel/tests/boot/hello.c."""
    return lambda name: boot_build / "pvh" / "tests" / f"{name}.elf"


@pytest.fixture(scope="session")
def unix_test(boot_build: Path):
    """unix_test("hello") -> path of the unix executable of the same program."""
    return lambda name: boot_build / "unix" / "tests" / name
