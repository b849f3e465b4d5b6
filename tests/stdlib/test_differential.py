"""robur's stdlib/*.ml against OCaml's own Stdlib (see run.py), and every
implementation type-checked by robur against its interface."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from . import run

ROOT = Path(__file__).resolve().parents[2]

needs_ocamlopt = pytest.mark.skipif(shutil.which("ocamlopt") is None, reason="needs ocamlopt")

MIN_CHECKED_CALLS = 1000


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("stdlib_diff")
    return work, run.build_robur_units(work)


@needs_ocamlopt
@pytest.mark.parametrize("name", run.programs())
def test_same_output_as_ocaml(built, name):
    work, cmxs = built
    ref, mine = run.run_program(name, work, cmxs)
    assert ref.endswith("\n") and "checked calls:" in ref.splitlines()[-1]
    assert mine == ref


@needs_ocamlopt
def test_enough_checked_calls(built):
    work, _ = built
    total = 0
    for name in run.programs():
        src = (run.PROGRAMS / f"{name}_test.ml").read_text(encoding="latin-1")
        assert "finish ()" in src
    # the count printed by each program's last line (against OCaml's Stdlib)
    for name in run.programs():
        exe = work / f"{name}_ocaml" / "t.exe"
        if not exe.exists():
            pytest.skip("programs not built yet")
        last = subprocess.run([str(exe)], capture_output=True, text=True).stdout.splitlines()[-1]
        total += int(last.split(":")[1])
    assert total >= MIN_CHECKED_CALLS


@pytest.fixture(scope="module")
def robur_checks():
    """`robur check stdlib/NAME.mli stdlib/NAME.ml` for every module, run
    concurrently.  (One unit per run: robur's checker wrongly rejects some of
    these units when they are checked together, see the stdlib report.)"""
    robur = ROOT / ".venv" / "bin" / "robur"
    cmd = [str(robur)] if robur.exists() else [sys.executable, "-m", "robur.cli"]
    procs = {m: subprocess.Popen(cmd + ["check", f"stdlib/{m}.mli", f"stdlib/{m}.ml"], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for m in run.available_modules()}
    results = {}
    for m, p in procs.items():
        out, err = p.communicate()
        results[m] = (p.returncode, out + err)
    return results


@pytest.mark.parametrize("name", run.available_modules())
def test_robur_checks_against_interface(robur_checks, name):
    status, output = robur_checks[name]
    assert status == 0 and output == "", output
