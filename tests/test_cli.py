"""The robur command and the README's quick start."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from robur import __version__
from robur.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
ROBUR = str(Path(sys.executable).with_name("robur"))


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([ROBUR, *args], capture_output=True, text=True, input=stdin,
                          env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"})


def test_quick_start_is_exactly_two_commands():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [l.strip().split("#")[0].strip() for l in section.splitlines() if l.startswith("    ")]
    assert [c for c in commands if c] == ["make repl", "make test"]


def test_version_and_help():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"robur {__version__}"
    r = run("--help")
    assert r.returncode == 0
    listed = re.findall(r"^  (\w+)  ", r.stdout, re.M)
    assert listed == list(COMMANDS)


def test_unknown_command():
    r = run("frobnicate")
    assert r.returncode == 2 and "unknown command 'frobnicate'" in r.stderr


def test_parse_errors_are_ocaml_messages_not_tracebacks(tmp_path):
    src = tmp_path / "bad.ml"
    src.write_text("let x = (1 + 2\n")
    r = run("parse", str(src))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith(f'File "{src}", line 2, characters 0-0:')
    assert "Error: Syntax error: ')' expected" in r.stderr
    r = run("parse", str(tmp_path / "missing.ml"))
    assert r.returncode == 2 and "cannot read" in r.stderr and "Traceback" not in r.stderr


def test_colour_only_on_a_terminal(tmp_path):
    src = tmp_path / "bad.ml"
    src.write_text("let x = )\n")
    r = subprocess.run([ROBUR, "parse", str(src)], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert "\033[" not in r.stderr     # not a terminal: plain text
