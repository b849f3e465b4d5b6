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


def test_a_diff_made_by_the_reader_is_recognised(tmp_path):
    """`m` at a step: the reader made the change; it is not applied twice."""
    from robur.tutorial.format import Action
    from robur.tutorial.runner import Workspace, reverse_diff
    diff = "@@ -3,2 +3,3 @@\n c\n-d\n+D\n+D2\n"
    assert apply_diff(apply_diff("a\nb\nc\nd\n", diff), reverse_diff(diff)) == "a\nb\nc\nd\n"
    ws = Workspace(tmp_path)
    (tmp_path / "f.ml").write_text("a\nb\nc\nd\n")
    action = Action("diff", "diff", "f.ml", diff)
    assert ws.expected_file(action) is None                  # not made yet
    (tmp_path / "f.ml").write_text("a\nb\nc\nD\nD2\n")
    assert ws.expected_file(action) == "a\nb\nc\nD\nD2\n"     # made


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
    # a finished tutorial starts over from its first step
    child = pexpect.spawn(ROBUR, ["tutorial", "sample"], env=env, encoding="utf-8", timeout=60)
    child.expect("Step 1/4: Write a file")
    assert "Resuming" not in child.before
    child.expect("> ")
    child.sendline("q")
    child.expect(pexpect.EOF)


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


# -- terminal= blocks: a program that keeps running across steps --------------------------
# A shell loop stands for robur dev (tutorials/05-live-development.md runs
# the real one): it prints each message file the steps write.

TERMINAL = FIXTURES / "terminal"


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # a zombie still answers kill(0): it is gone all the same
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


def _wait_gone(pid: int, timeout: float = 30.0) -> bool:
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _gone(pid):
            return True
        time.sleep(0.1)
    return _gone(pid)


def test_terminal_blocks_format():
    t = load(TERMINAL / "01-terminal.md")
    kinds = [[a.kind for a in s.actions] for s in t.steps]
    assert kinds == [["start"], ["file", "output"], ["file", "output"]]
    start = t.steps[0].actions[0]
    assert start.terminal == "w" and "echo $$ > watcher.pid" in start.commands[0].text
    assert start.commands[0].expected == ["watching"]
    output = t.steps[2].actions[1]
    assert (output.terminal, output.timeout, output.commands[0].text) == ("w", 30.0, "")
    assert output.commands[0].expected == ["one {{int}}", "two {{int}}"]


@pytest.mark.parametrize("block, message", [
    ("```text terminal=dev\ntick 1\n```\n", "nothing runs in terminal 'dev'"),
    ("```sh terminal=dev\n$ a\n$ b\n```\n", "starts one command"),
    ("```sh terminal=\n$ a\n```\n", "needs a name"),
    ("```sh terminal=dev file=x\n$ a\n```\n", "either file= or terminal="),
    ("```sh terminal=dev timeout=soon\n$ a\n```\n", "timeout= is a number of seconds"),
])
def test_terminal_blocks_refused(tmp_path, block, message):
    bad = tmp_path / "01-bad.md"
    bad.write_text("---\ntitle: x\n---\n## s\n" + block)
    with pytest.raises(TutorialError, match=message):
        load(bad)


def test_terminal_check_runs_and_stops_the_program(tmp_path):
    from robur.tutorial.runner import check
    t = load(TERMINAL / "01-terminal.md")
    results = check(t, tmp_path / "work")
    outputs = [c.output for _, rs in results for r in rs for c in r.commands]
    assert all(r.ok for _, rs in results for r in rs), outputs
    assert outputs == [["watching"], ["hello"], ["one 1", "two 2"]]
    pid = int((tmp_path / "work" / "watcher.pid").read_text())
    assert _wait_gone(pid, 5), "the background program outlived its tutorial"


def test_terminal_program_stopped_by_ctrl_c_even_when_ignored(tmp_path):
    """robur tutorial run as a shell's background job has SIGINT ignored,
    which its children would inherit: the program still stops at Ctrl-C
    (SIGINT) at once, not only when it is killed STOP_TIMEOUT seconds
    later."""
    import signal
    import time
    from robur.tutorial.runner import STOP_TIMEOUT
    t0 = time.monotonic()
    r = subprocess.run([ROBUR, "tutorial", "--check", "all"], capture_output=True, text=True,
                       env=env_for(TERMINAL, tmp_path), timeout=120,
                       preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    assert r.returncode == 0, r.stdout + r.stderr
    assert time.monotonic() - t0 < STOP_TIMEOUT - 5


def test_terminal_differences_are_reported(tmp_path):
    import time
    broken = tmp_path / "broken"
    broken.mkdir()
    text = (TERMINAL / "01-terminal.md").read_text()
    text = text.replace("```text terminal=w\n{{lines}}\nhello\n", "```text terminal=w timeout=3\n{{lines}}\nbonjour\n")
    text = text.replace("one {{int}}", "uno {{int}}")
    (broken / "01-terminal.md").write_text(text)
    t0 = time.monotonic()
    r = subprocess.run([ROBUR, "tutorial", "--check", "all"], capture_output=True, text=True,
                       env=env_for(broken, tmp_path), timeout=120)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "✓ step 1" in r.stdout and "✗ step 2" in r.stdout and "✗ step 3" in r.stdout
    assert "expected: bonjour" in r.stdout and "got:      (nothing more)" in r.stdout
    assert "(waited 3 s for more output)" in r.stdout
    # a line that differs with no {{lines}} before it fails at once
    assert "expected: uno {{int}}" in r.stdout and "got:      one 1" in r.stdout
    assert time.monotonic() - t0 < 30


def test_terminal_interactive_quit_resume_and_sigterm(tmp_path):
    """The walk runs the program for the reader and shows its output; quit
    stops it, resuming starts it again, and SIGTERM stops it too."""
    import signal
    env = env_for(TERMINAL, tmp_path)
    pidfile = tmp_path / "robur" / "tutorial" / "01-terminal" / "watcher.pid"
    child = pexpect.spawn(ROBUR, ["tutorial", "01"], env=env, encoding="utf-8", timeout=60)
    child.expect("Step 1/3: Start the watcher")
    child.expect("in a second terminal, called 'w' here")
    child.expect("> ")
    child.sendline("")
    child.expect(r"\[second terminal 'w'\] \$ trap")
    child.expect("watching")
    _expect_ok(child, 1)
    child.expect("Step 2/3: Say something")
    child.expect("then watch what terminal `w` prints")
    child.expect("> ")
    first = int(pidfile.read_text())
    assert not _gone(first)
    child.sendline("q")
    child.expect("Stopped at step 2")
    child.expect(pexpect.EOF)
    assert _wait_gone(first), "quitting left the background program running"
    child = pexpect.spawn(ROBUR, ["tutorial", "01"], env=env, encoding="utf-8", timeout=60)
    child.expect("Resuming A background program at step 2 of 3")
    child.expect("starting `trap")
    child.expect("Step 2/3")
    child.expect("> ")
    child.sendline("")
    child.expect("hello")
    _expect_ok(child, 1)
    child.expect("Step 3/3")
    child.expect("> ")
    second = int(pidfile.read_text())
    assert second != first and not _gone(second)
    child.kill(signal.SIGTERM)
    child.expect(pexpect.EOF)
    assert _wait_gone(second), "SIGTERM left the background program running"


def _processes_in(directory: Path) -> list[str]:
    """The processes whose working directory is ``directory`` (robur dev
    and its QEMU run in the tutorial's)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if os.readlink(proc / "cwd") == str(directory):
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
                found.append(f"{proc.name} {cmdline}")
        except OSError:
            pass
    return found


def test_walk_through_live_development(tmp_path):
    """05-live-development as a reader follows it: robur dev starts at step
    2, a reload shows at step 3; quitting stops robur dev and its VM."""
    import time
    env = env_for(TUTORIALS, tmp_path)
    workdir = tmp_path / "robur" / "tutorial" / "05-live-development"
    child = pexpect.spawn(ROBUR, ["tutorial", "05"], env=env, encoding="utf-8", timeout=300)
    child.expect("Step 1/8: A program with state")
    child.expect("> ")
    child.sendline("")
    _expect_ok(child, 3)
    child.expect("Step 2/8: Start robur dev")
    child.expect("> ")
    child.sendline("")
    child.expect(r"\[second terminal 'dev'\] \$ robur dev examples/counter")
    _expect_ok(child, 1)
    child.expect("Step 3/8: Change a function")
    child.expect("> ")
    assert any("robur dev" in p for p in _processes_in(workdir))
    child.sendline("")
    child.expect("robur dev: reloaded Render")
    _expect_ok(child, 1)
    child.expect("Step 4/8")
    child.expect("> ")
    child.sendline("q")
    child.expect("Stopped at step 4")
    child.expect(pexpect.EOF)
    deadline = time.monotonic() + 30
    while _processes_in(workdir) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _processes_in(workdir), "robur dev (or its QEMU) outlived the tutorial"
