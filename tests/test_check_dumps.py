"""robur check --dump=STAGE prints each stage's intermediate form."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROBUR = str(Path(sys.executable).with_name("robur"))


@pytest.fixture
def program(tmp_path):
    src = tmp_path / "fact.ml"
    src.write_text("let rec fact n = if n <= 1 then 1 else n * fact (n - 1)\nlet x = fact 5\n")
    return src


@pytest.mark.parametrize("stage, marker", [
    ("ast", "SValue"), ("typed", ""), ("lambda", "(letrec (fact/"), ("closure", ""),
    ("cmm", ""), ("selection", ""), ("regalloc", ""), ("asm", "camlFact__code_begin:"),
])
def test_dump(program, stage, marker):
    r = subprocess.run([ROBUR, "check", f"--dump={stage}", str(program)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()
    assert marker in r.stdout


def test_unknown_stage(program):
    r = subprocess.run([ROBUR, "check", "--dump=bogus", str(program)], capture_output=True, text=True)
    assert r.returncode == 2 and "unknown stage 'bogus'" in r.stderr


def test_asm_dump_names_the_source_file(program):
    r = subprocess.run([ROBUR, "check", "--dump=asm", str(program)], capture_output=True, text=True)
    assert f'.file\t1 "{program}"' in r.stdout
