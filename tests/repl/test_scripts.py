"""``robur repl --no-prompt`` against OCaml's own toplevel.

Every script in tests/repl/scripts/ runs under ``ocaml -noprompt
-nopromptcont`` (Debian's 4.13.1, the reference) and under ``robur repl
--no-prompt``, each phrase compiled to x86-64 and run in a live VM (QEMU;
TCG where KVM is not usable).  Standard output (after each banner line),
standard error and the exit status must be identical.  The scripts cover
definitions, every kind of value printing, type and syntax errors,
exceptions, directives, modules and functors, and program output
interleaved with results."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "tests" / "repl" / "scripts"
ALL = sorted(p.name for p in SCRIPTS.glob("*.ml"))


def _run(cmd: list[str], script: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1")
    with open(script, "rb") as f:
        return subprocess.run(cmd, stdin=f, capture_output=True, cwd=SCRIPTS, env=env, timeout=600)


def _body(stdout: bytes) -> bytes:
    """The output after the banner line."""
    return stdout.split(b"\n", 1)[1] if b"\n" in stdout else b""


def test_corpus_size() -> None:
    assert len(ALL) >= 60


@pytest.mark.parametrize("name", ALL)
def test_script_output_equals_ocaml_toplevel(name: str) -> None:
    require("ocaml")
    require("qemu-system-x86_64")
    script = SCRIPTS / name
    ref = _run(["ocaml", "-noprompt", "-nopromptcont"], script)
    got = _run([sys.executable, "-m", "robur", "repl", "--no-prompt"], script)
    assert got.stdout.startswith(b"        robur version"), got.stderr.decode(errors="replace")
    assert _body(got.stdout).decode("latin-1") == _body(ref.stdout).decode("latin-1"), \
        got.stderr.decode(errors="replace")[-3000:]
    assert got.stderr.decode("latin-1") == ref.stderr.decode("latin-1")
    assert got.returncode == ref.returncode
