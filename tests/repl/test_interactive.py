"""The interactive ``robur repl`` in a real pseudo-terminal (pexpect), with
a real VM behind it: typing, multi-line input, Tab completion, history
across restarts, Ctrl-C on a looping phrase, #reset, #stats, and the VM
dying under the session."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from tests.conftest import require

# prompt_toolkit draws "# " as "#", sometimes a backspace, and a cursor move
PROMPT = r"#\x08?(?: |\x1b\[\d*C)"


@pytest.fixture
def state(tmp_path: Path) -> Path:
    require("qemu-system-x86_64")
    return tmp_path


def spawn(state: Path) -> pexpect.spawn:
    env = dict(os.environ, XDG_STATE_HOME=str(state / "state"), XDG_CONFIG_HOME=str(state / "config"),
               TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    c = pexpect.spawn(sys.executable, ["-m", "robur", "repl"], env=env, encoding="utf-8", timeout=120,
                      dimensions=(40, 120), cwd=str(state))
    c.expect(PROMPT)
    return c


def phrase(c: pexpect.spawn, text: str, expected: str) -> None:
    c.sendline(text)
    c.expect_exact(expected)
    c.expect(PROMPT)


def leave(c: pexpect.spawn) -> None:
    time.sleep(0.3)          # let the prompt settle (a completion menu closing)
    c.sendcontrol("u")       # an empty line: Ctrl-D then means "leave"
    c.sendcontrol("d")
    c.expect(pexpect.EOF)
    c.close()
    assert c.exitstatus == 0


def test_definitions_multiline_and_errors(state: Path) -> None:
    c = spawn(state)
    phrase(c, "let x = 21;;", "val x : int = 21")
    c.sendline("let f y =")
    c.sendline("  x * y;;")           # Enter on an incomplete phrase continues it
    c.expect_exact("val f : int -> int = <fun>")
    c.expect(PROMPT)
    phrase(c, "f 2;;", "- : int = 42")
    phrase(c, 'f "a";;', "Error: This expression has type string")
    phrase(c, "print_string \"out\"; f 1;;", "out- : int = 21")
    phrase(c, "List.hd [];;", 'Exception: Failure "hd".')
    phrase(c, "f 3;;", "- : int = 63")
    leave(c)


def test_tab_completion_shows_types(state: Path) -> None:
    c = spawn(state)
    phrase(c, "let my_value = [1];;", "val my_value : int list = [1]")
    c.send("my_va\t")
    c.expect_exact("my_value")
    c.send(";;\r")
    c.expect_exact("- : int list = [1]")
    c.expect(PROMPT)
    c.send("List.ma\t")
    c.expect_exact("('a -> 'b) -> 'a list -> 'b list")     # the candidate's type
    c.sendcontrol("c")                                      # clears the input
    c.expect(PROMPT)
    c.send("#res\t")
    c.expect(r"#(?:\x1b\[[0-9;]*m)*reset")    # the highlighter colours the "#"
    c.sendcontrol("c")
    c.expect(PROMPT)
    leave(c)


def test_history_survives_a_restart(state: Path) -> None:
    c = spawn(state)
    phrase(c, "let remembered = 1234;;", "val remembered : int = 1234")
    leave(c)
    c = spawn(state)
    c.send("\x1b[A")                   # Up: the previous session's phrase
    c.expect(r"remembered\S* \S*=\S* \S*1234")      # highlighted
    c.send("\r")
    c.expect_exact("val remembered : int = 1234")
    c.expect(PROMPT)
    leave(c)


def test_ctrl_c_interrupts_a_loop_and_keeps_definitions(state: Path) -> None:
    c = spawn(state)
    phrase(c, "let base = 40;;", "val base : int = 40")
    phrase(c, "let add n = base + n;;", "val add : int -> int = <fun>")
    c.sendline("while true do () done;;")
    time.sleep(1.5)
    c.sendcontrol("c")
    c.expect_exact("Interrupted.")
    c.expect(PROMPT)
    phrase(c, "add 2;;", "- : int = 42")
    c.sendline("let rec spin n = spin (n + 1) in spin 0;;")
    time.sleep(1.5)
    c.sendcontrol("c")
    c.expect_exact("Interrupted.")
    c.expect(PROMPT)
    phrase(c, "add 3;;", "- : int = 43")
    leave(c)


def test_reset_and_stats(state: Path) -> None:
    c = spawn(state)
    phrase(c, "let before_reset = 1;;", "val before_reset : int = 1")
    c.sendline("#stats;;")
    c.expect(r"VM: (TCG|KVM), \d+ MiB, up [\d.]+ s")
    c.expect(r"code loaded: 1 phrase\(s\)")
    c.expect(PROMPT)
    phrase(c, "#reset;;", "")
    phrase(c, "before_reset;;", "Error: Unbound value before_reset")
    c.sendline("#stats;;")
    c.expect(r"code loaded: 0 phrase\(s\)")
    c.expect(PROMPT)
    leave(c)


def _qemu_children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid), "qemu-system"], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def test_vm_death_is_recovered(state: Path) -> None:
    c = spawn(state)
    phrase(c, "let survivor = 7;;", "val survivor : int = 7")
    phrase(c, "let twice n = 2 * n;;", "val twice : int -> int = <fun>")
    qemus = _qemu_children(c.pid)
    assert len(qemus) == 1
    os.kill(qemus[0], signal.SIGKILL)
    c.sendline("twice survivor;;")
    c.expect_exact("the VM died")
    c.expect_exact("replaying 2 phrase(s)")
    c.expect(PROMPT)
    phrase(c, "twice survivor;;", "- : int = 14")
    assert _qemu_children(c.pid) and _qemu_children(c.pid) != qemus
    leave(c)
