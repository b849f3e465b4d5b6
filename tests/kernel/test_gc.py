"""The GC of kernel/runtime, driven by kernel/tests/runtime/rt.c and the
hand-written OCaml-like code of entry.S (inline allocation, caml_call_gc,
frame tables): hundreds of MB allocated and verified, with and without the
stress mode, Out_of_memory caught with a small heap, a 2 MiB VM.  Every test
runs on the unix platform and under QEMU with each usable accelerator; the
QEMU/KVM runs use smaller workloads (guest code runs much slower there)."""
from __future__ import annotations

import re

import pytest


from rt_util import ACCELS, build_rt, run

WHERE = ["unix", *ACCELS]


@pytest.fixture(scope="module", autouse=True)
def rt(kernel_build):
    build_rt()


def scale(where: str, big: int, small: int) -> int:
    return small if where == "kvm" else big


def counters(text: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"^(\w+): (\d+)$", text, re.M)}


@pytest.mark.parametrize("where", WHERE)
def test_hundreds_of_mb(where):
    mb = scale(where, 300 if where == "unix" else 150, 2)
    r = run(where, ["--robur-gc-verbose", "gc", str(mb)])
    assert r.exit_code == 0, r.stdout
    assert re.search(rb"^ok \d+ rounds$", r.stdout, re.M), r.stdout
    c = counters(r.stdout.decode())
    assert c["minor_collections"] > 0 and c["major_collections"] > 0
    assert c["minor_words"] >= mb * 1024 * 1024 // 8 * 0.9  # the rest: major heap


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("stress,mb,maxlen", [("1,16", 2, 500), ("7,3", 4, 2000),
                                             ("100,10", 200, 2000)])
def test_stress_mode(where, stress, mb, maxlen):
    if where != "unix":
        mb = scale(where, max(1, mb // 4), 1)
    r = run(where, [f"--robur-gc-stress={stress}", "--robur-gc-verbose", "gc", str(mb), str(maxlen)])
    assert r.exit_code == 0, r.stdout
    assert re.search(rb"^ok \d+ rounds$", r.stdout, re.M), r.stdout
    c = counters(r.stdout.decode())
    n, m = (int(x) for x in stress.split(","))
    # a collection every n allocations (of 2 to 4 words, mostly), and a
    # major one every m of those
    assert c["minor_collections"] * n * 12 >= c["minor_words"]
    assert c["major_collections"] >= c["minor_collections"] // (m + 1)


@pytest.mark.parametrize("where", WHERE)
def test_out_of_memory_is_caught(where):
    # a capped heap on every platform, and the real end of RAM on QEMU
    r = run(where, ["--robur-heap-max=16M", "oom"], memory_mb=64)
    assert r.exit_code == 0, r.stdout
    assert r.stdout.decode() == "caught Out_of_memory\nallocated again\n" * 2
    if where != "unix":
        r = run(where, ["oom"], memory_mb=16)
        assert r.exit_code == 0, r.stdout
        assert r.stdout.decode() == "caught Out_of_memory\nallocated again\n" * 2


@pytest.mark.parametrize("accel", ACCELS)
def test_gc_in_2_mib(accel):
    r = run(accel, ["gc", "5" if accel != "kvm" else "1", "500"], memory_mb=2)
    assert r.exit_code == 0, r.stdout
    assert re.search(rb"^ok \d+ rounds$", r.stdout, re.M), r.stdout
