"""End to end: hand-built lambda units compiled by the x86-64 backend,
linked with the kernel, run as Linux executables and as PVH images under
QEMU, output compared with what OCaml prints for the same program
(tests/codegen/programs.py gives the OCaml source of each)."""
from __future__ import annotations

import pytest

from robur.vm import kvm_usable

from . import programs

ALL = ["basics", "closures", "exceptions", "gc_list", "tail_loop", "switches", "floats", "stack_overflow",
       "big_block", "float_loop", "boxed_ints", "many_args", "letrec_values", "int_arith"]


@pytest.mark.parametrize("name", ALL)
def test_unix(runner, name):
    lam, expected = getattr(programs, name)()
    r = runner.unix(lam)
    assert (r.stdout, r.exit_code) == (expected, 0)


@pytest.mark.parametrize("name", ["basics", "closures", "exceptions", "switches", "floats", "big_block",
                                  "boxed_ints", "float_loop", "many_args", "letrec_values"])
def test_unix_gc_stress(runner, name):
    """A minor collection at every allocation, a major one at every other."""
    lam, expected = getattr(programs, name)()
    r = runner.unix(lam, ["--robur-gc-stress=1,2"])
    assert (r.stdout, r.exit_code) == (expected, 0)


def test_gc_stress_list(runner):
    lam, expected = programs.gc_list(3000)
    r = runner.unix(lam, ["--robur-gc-stress=1,1"])
    assert (r.stdout, r.exit_code) == (expected, 0)


def test_tail_calls_in_constant_stack(runner):
    """10^7 self tail calls and 10^7 mutual tail calls: non-tail calls would
    need 160 MB of stack and overflow the 8 MiB one long before."""
    lam, expected = programs.tail_loop(10_000_000)
    r = runner.unix(lam)
    assert (r.stdout, r.exit_code) == (expected, 0)


# KVM where it is usable (hardware virtualisation; kvm_pvm cannot run SSE
# code, see robur.vm.kvm_usable), TCG always.
ACCELS = ["tcg", "kvm"] if kvm_usable() else ["tcg"]


@pytest.mark.parametrize("accel", ACCELS)
@pytest.mark.parametrize("name", ALL)
def test_pvh(runner, name, accel):
    lam, expected = getattr(programs, name)()
    r = runner.pvh(lam, accel=accel)
    assert (r.stdout, r.exit_code, r.panicked) == (expected, 0, False)


@pytest.mark.parametrize("accel", ACCELS)
def test_pvh_gc_stress(runner, accel):
    lam, expected = programs.gc_list(3000)
    r = runner.pvh(lam, ["--robur-gc-stress=1,3"], accel=accel)
    assert (r.stdout, r.exit_code) == (expected, 0)


def test_uncaught_exception_exit_status(runner):
    lam, expected = programs.uncaught()
    r = runner.unix(lam)
    assert (r.stdout, r.exit_code) == (expected, 2)
    r = runner.pvh(lam)
    assert (r.stdout, r.exit_code) == (expected, 2)
