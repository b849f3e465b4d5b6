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


# -- the real tutorials, through a pseudo-terminal ---------------------------------------

TUTORIALS = Path(__file__).resolve().parents[2] / "tutorials"


def _expect_ok(child, n: int) -> None:
    """``n`` commands ran as the tutorial says (and none differed)."""
    for _ in range(n):
        i = child.expect(["✓ as expected", "✗ differs"])
        assert i == 0, child.before + child.after + child.read_nonblocking(4000, timeout=5)


def test_walk_through_hello_unikernel(tmp_path):
    """01-hello-unikernel as a reader follows it: next, back, quit, resume."""
    env = env_for(TUTORIALS, tmp_path)
    child = pexpect.spawn(ROBUR, ["tutorial", "01"], env=env, encoding="utf-8", timeout=300)
    child.expect("Hello, unikernel")
    child.expect("Step 1/5: Run a program in a virtual machine")
    child.expect("> ")
    child.sendline("")                        # run step 1: cat, then robur run
    _expect_ok(child, 2)
    child.expect("Step 2/5: What a unikernel is")
    child.expect("> ")
    child.sendline("b")                       # back
    child.expect("Step 1/5")
    child.expect("> ")
    child.sendline("")
    _expect_ok(child, 2)
    child.expect("Step 2/5")
    child.expect("> ")
    child.sendline("")                        # prose only: nothing to run
    child.expect("Step 3/5: Where the time goes: --stats")
    child.expect("> ")
    child.sendline("q")                       # quit
    child.expect("Stopped at step 3")
    child.expect(pexpect.EOF)
    listing = subprocess.run([ROBUR, "tutorial"], capture_output=True, text=True, env=env).stdout
    assert "01-hello-unikernel" in listing and "2/5 steps" in listing
    child = pexpect.spawn(ROBUR, ["tutorial", "hello-unikernel"], env=env, encoding="utf-8", timeout=300)
    child.expect("Resuming Hello, unikernel at step 3 of 5")
    child.expect("Step 3/5")
    child.expect("> ")
    child.sendline("")
    _expect_ok(child, 1)
    child.expect("Step 4/5: The same program as a Linux process")
    child.expect("> ")
    child.sendline("")
    _expect_ok(child, 1)
    child.expect("Step 5/5: Build the image")
    child.expect("> ")
    child.sendline("")
    _expect_ok(child, 6)
    child.expect("You finished Hello, unikernel")
    child.expect(pexpect.EOF)
    listing = subprocess.run([ROBUR, "tutorial"], capture_output=True, text=True, env=env).stdout
    assert "(done)" in listing


def test_resume_keeps_the_toplevels_definitions(tmp_path):
    """Resuming a toplevel tutorial runs the earlier steps' phrases again,
    so that later steps still find their definitions."""
    env = env_for(TUTORIALS, tmp_path)
    child = pexpect.spawn(ROBUR, ["tutorial", "02"], env=env, encoding="utf-8", timeout=300)
    child.expect("Step 1/5: Values and their types")
    child.expect("> ")
    child.sendline("")
    _expect_ok(child, 7)
    child.expect("Step 2/5: A type error")
    child.expect("> ")
    child.sendline("")
    _expect_ok(child, 1)
    child.expect("Step 3/5: Reading an error message")
    child.expect("> ")
    child.sendline("q")
    child.expect("Stopped at step 3")
    child.expect(pexpect.EOF)
    child = pexpect.spawn(ROBUR, ["tutorial", "02"], env=env, encoding="utf-8", timeout=300)
    child.expect("Resuming The toplevel at step 3 of 5")
    child.expect(r"running the 8 toplevel phrase\(s\) of the earlier steps again")
    child.expect("Step 3/5")
    child.expect("> ")
    child.sendline("")
    _expect_ok(child, 2)
    child.expect("Step 4/5: Directives")
    child.expect("> ")
    child.sendline("")                        # #show double: step 1's definition, replayed
    _expect_ok(child, 5)
    child.expect("Step 5/5")
    child.expect("> ")
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_repl_phrases_share_one_session(tmp_path, monkeypatch):
    """One toplevel (one VM) per tutorial; definitions carry over between
    actions; `#use` reads the tutorial's own files."""
    from robur.tutorial.format import load
    from robur.tutorial.runner import Workspace
    md = tmp_path / "01-r.md"
    md.write_text("---\ntitle: r\n---\n## one\n```ocaml repl\n# let x = 20;;\nval x : int = 20\n```\n"
                  "```ml file=f.ml\nlet y = x + 1\nlet () = print_endline \"used\"\n```\n"
                  "## two\n```ocaml repl\n# #use \"f.ml\";;\nval y : int = 21\nused\n# y * 2;;\n- : int = 42\n"
                  "# print_string \"out\";;\nout- : unit = ()\n```\n")
    t = load(md)
    boots = []
    original = Workspace._start_machine

    def counting(self):
        boots.append(1)
        return original(self)
    monkeypatch.setattr(Workspace, "_start_machine", counting)
    with Workspace.fresh(tmp_path / "work") as ws:
        results = [ws.run(a) for step in t.steps for a in step.actions]
        outputs = [c.output for r in results for c in r.commands]
        assert all(r.ok for r in results), outputs
    assert len(boots) == 1
    assert ws._top is None                    # shut down at the end
