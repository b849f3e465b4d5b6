"""The tutorials in tutorials/ do what they say: every step of each one runs
(`robur tutorial --check NAME`) and prints what the tutorial shows, up to
its documented placeholders.  One test per tutorial, so a failure names it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from robur.tutorial.format import discover

ROOT = Path(__file__).resolve().parents[2]
TUTORIALS = ROOT / "tutorials"
ROBUR = str(Path(sys.executable).with_name("robur"))
NAMES = [t.name for t in discover(TUTORIALS)]


def test_there_are_tutorials():
    assert NAMES, "tutorials/ has no tutorial"
    numbers = [n.split("-", 1)[0] for n in NAMES]
    assert len(set(numbers)) == len(numbers), f"two tutorials share a number: {NAMES}"


@pytest.mark.parametrize("name", NAMES)
def test_tutorial_checks(name, tmp_path):
    env = dict(os.environ, ROBUR_TUTORIALS=str(TUTORIALS), XDG_STATE_HOME=str(tmp_path), NO_COLOR="1")
    env.pop("PYTHONPATH", None)
    r = subprocess.run([ROBUR, "tutorial", "--check", name], capture_output=True, text=True,
                       env=env, timeout=900)
    assert r.returncode == 0 and "all steps as expected" in r.stdout, \
        f"tutorial {name} differs from what robur prints:\n{r.stdout}\n{r.stderr}"
