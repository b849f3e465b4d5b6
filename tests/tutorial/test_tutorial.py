"""The tutorial machinery: format, diffs, --check, and the interactive walk."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from robur.tutorial.format import TutorialError, load
from robur.tutorial.runner import DiffError, apply_diff

FIXTURES = Path(__file__).parent / "fixtures"
ROBUR = str(Path(sys.executable).with_name("robur"))


def env_for(tutorials: Path, state: Path) -> dict[str, str]:
    env = dict(os.environ, ROBUR_TUTORIALS=str(tutorials), XDG_STATE_HOME=str(state), NO_COLOR="1")
    env.pop("PYTHONPATH", None)
    return env


def test_format():
    t = load(FIXTURES / "01-sample.md")
    assert t.title == "A sample tutorial" and len(t.steps) == 4
    kinds = [[a.kind for a in s.actions] for s in t.steps]
    assert kinds == [["file"], ["sh"], ["diff"], ["sh"]]
    assert t.steps[1].actions[0].commands[0].expected == ['let greeting = "hello"', "let () = (print_endline greeting)"]


def test_malformed_tutorials_are_refused(tmp_path):
    bad = tmp_path / "01-bad.md"
    bad.write_text("no front matter\n## step\n")
    with pytest.raises(TutorialError):
        load(bad)
    bad.write_text("---\ntitle: x\n---\n## s\n```sh\n$ true\n")
    with pytest.raises(TutorialError, match="not closed"):
        load(bad)


def test_apply_diff():
    text = "a\nb\nc\n"
    assert apply_diff(text, "@@ -2,1 +2,2 @@\n-b\n+B\n+B2\n") == "a\nB\nB2\nc\n"
    with pytest.raises(DiffError):
        apply_diff(text, "@@ -2,1 +2,1 @@\n-x\n+y\n")


def test_check_passes_and_fails(tmp_path):
    good = subprocess.run([ROBUR, "tutorial", "--check", "all"], capture_output=True, text=True,
                          env=env_for(FIXTURES, tmp_path))
    assert good.returncode == 0, good.stdout + good.stderr
    assert "all steps as expected" in good.stdout
    broken_dir = tmp_path / "broken"
    broken_dir.mkdir()
    text = (FIXTURES / "01-sample.md").read_text().replace('let greeting = "hello, unikernel"\n```\n', 'let greeting = "bonjour"\n```\n')
    (broken_dir / "01-sample.md").write_text(text)
    bad = subprocess.run([ROBUR, "tutorial", "--check", "sample"], capture_output=True, text=True,
                         env=env_for(broken_dir, tmp_path))
    assert bad.returncode == 1
    assert "✗ step 4" in bad.stdout and 'expected: let greeting = "bonjour"' in bad.stdout


def test_interactive_next_back_quit_resume(tmp_path):
    env = env_for(FIXTURES, tmp_path)
    child = pexpect.spawn(ROBUR, ["tutorial", "sample"], env=env, encoding="utf-8", timeout=60)
    child.expect("Step 1/4: Write a file")
    child.expect("> ")
    child.sendline("")                        # run step 1
    child.expect("Step 2/4: Parse it")
    child.expect("> ")
    child.sendline("b")                       # back
    child.expect("Step 1/4: Write a file")
    child.expect("> ")
    child.sendline("")
    child.expect("Step 2/4")
    child.expect("> ")
    child.sendline("")                        # run step 2: two commands, both as expected
    child.expect("✓ as expected")
    child.expect("✓ as expected")
    child.expect("Step 3/4: Change it")
    child.expect("> ")
    child.sendline("q")                       # quit
    child.expect("Stopped at step 3")
    child.expect(pexpect.EOF)
    listing = subprocess.run([ROBUR, "tutorial"], capture_output=True, text=True, env=env).stdout
    assert "2/4 steps" in listing
    child = pexpect.spawn(ROBUR, ["tutorial", "sample"], env=env, encoding="utf-8", timeout=60)
    child.expect("Resuming A sample tutorial at step 3 of 4")
    child.expect("Step 3/4")
    child.expect("> ")
    child.sendline("")
    child.expect("Step 4/4")
    child.expect("> ")
    child.sendline("")
    child.expect("✓ as expected")
    child.expect("You finished A sample tutorial")
    child.expect(pexpect.EOF)
    listing = subprocess.run([ROBUR, "tutorial"], capture_output=True, text=True, env=env).stdout
    assert "(done)" in listing
