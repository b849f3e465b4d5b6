"""``robur repl --attach`` end to end: one ``robur dev`` of a copy of
examples/counter (one VM boot for the whole module, TCG here), REPLs
attached to it through a pseudo-terminal (pexpect) or a pipe, and raw
sockets speaking malformed frames.  The tests run in file order: the last
one stops robur dev."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from robur.dev import attach_proto as P
from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "counter"
PROMPT = r"#\x08?(?: |\x1b\[\d*C)"          # as tests/repl/test_interactive.py


def _env(tmp: Path) -> dict:
    return dict(os.environ, NO_COLOR="1", TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1",
                XDG_STATE_HOME=str(tmp / "state"), XDG_CONFIG_HOME=str(tmp / "config"))


@pytest.fixture(scope="module")
def dev(tmp_path_factory):
    require("qemu-system-x86_64")
    tmp = tmp_path_factory.mktemp("attach")
    project = tmp / "counter"
    shutil.copytree(EXAMPLE, project)
    c = pexpect.spawn(sys.executable, ["-m", "robur", "dev", str(project)], env=_env(tmp), encoding="utf-8",
                      timeout=90, cwd=str(ROOT))
    c.expect_exact("watching")
    c.expect_exact("runs phrases in this VM")
    c.project = project          # type: ignore[attr-defined]
    c.tmp = tmp                  # type: ignore[attr-defined]
    yield c
    if c.isalive():
        c.sendline("q")
        c.expect(pexpect.EOF, timeout=30)


def attach(dev, cwd: Path | None = None, args: list[str] | None = None) -> pexpect.spawn:
    c = pexpect.spawn(sys.executable, ["-m", "robur", "repl", "--attach", *(args or [])],
                      env=dict(_env(dev.tmp), PYTHONPATH=str(ROOT)), encoding="utf-8", timeout=60,
                      dimensions=(40, 120), cwd=str(cwd or dev.project))
    c.expect_exact("attached to robur dev")
    c.expect(PROMPT)
    return c


def phrase(c: pexpect.spawn, text: str, expected: str) -> None:
    c.sendline(text)
    c.expect_exact(expected)
    c.expect(PROMPT)


def tick(dev) -> int:
    dev.expect(r"(?:tick|count =|n=) ?(\d+)")
    return int(dev.match.group(1))


def test_attach_reads_live_state_and_follows_reloads(dev) -> None:
    before = tick(dev)
    c = attach(dev)                 # DIR defaults to the current directory
    c.sendline("Counter.get ();;")
    c.expect(r"- : int = (\d+)")
    live = int(c.match.group(1))
    assert live >= before
    c.expect(PROMPT)
    phrase(c, "#show Counter;;", "val get : unit -> int")
    phrase(c, 'Render.line 7;;', '- : string = "tick 7"')
    phrase(c, "let c = Counter.count;;", "val c : int ref = {contents =")
    phrase(c, 'print_string "from the VM"; !c > 0;;', "from the VM- : bool = true")
    # Tab completion comes from robur dev's environment
    c.send("Counter.ti\t")
    c.expect_exact("tick")
    c.sendcontrol("c")
    c.expect(PROMPT)
    # a new body of Render: the next phrase runs the new code
    (dev.project / "render.ml").write_text(
        'let lines_drawn = ref 0 [@@robur.keep]\nlet line n = incr lines_drawn; Printf.sprintf "n=%d" n\n')
    dev.expect_exact("reloaded Render")
    phrase(c, 'Render.line 7;;', '- : string = "n=7"')
    phrase(c, "!c >= 1;;", "- : bool = true")          # Counter did not change: c is still there
    # a save while a phrase runs: the reload waits for the phrase; Ctrl-C
    # interrupts the phrase, never the app
    c.sendline("let rec spin () = spin () in spin ();;")
    time.sleep(0.5)
    (dev.project / "render.ml").write_text(
        'let lines_drawn = ref 0 [@@robur.keep]\nlet line n = incr lines_drawn; Printf.sprintf "n=%d!" n\n')
    dev.expect_exact("waiting for the phrase of an attached REPL")
    c.sendintr()
    c.expect_exact("Interrupted.")
    c.expect(PROMPT)
    dev.expect_exact("reloaded Render")
    phrase(c, 'Render.line 7;;', '- : string = "n=7!"')
    n1 = tick(dev)
    assert tick(dev) > n1                                   # the app goes on
    # a new interface of Counter: the session's definitions used it
    (dev.project / "counter.ml").write_text(
        "let count = ref 1000\nlet tick () = incr count\nlet get () = !count\nlet reset () = count := 0\n")
    dev.expect_exact("interface of Counter changed")
    c.sendline("Counter.get () >= 1000;;")
    c.expect_exact("the session starts afresh")
    c.expect_exact("- : bool = true")
    c.expect(PROMPT)
    phrase(c, "c;;", "Unbound value c")
    phrase(c, "#show_val Counter.reset;;", "val reset : unit -> unit")
    c.sendcontrol("d")
    c.expect(pexpect.EOF)
    c.close()
    assert c.exitstatus == 0


def test_script_mode_and_errors(dev) -> None:
    script = "let x = Counter.get () * 0 + 41;;\nx + 1;;\nMain.x;;\n#quit;;\n"
    r = subprocess.run([sys.executable, "-m", "robur", "repl", "--attach", str(dev.project), "--no-prompt"],
                       input=script.encode(), capture_output=True, cwd=str(ROOT), timeout=60,
                       env=dict(_env(dev.tmp)))
    out = r.stdout.decode()
    assert r.returncode == 0, (out, r.stderr.decode())
    assert "val x : int = 41" in out and "- : int = 42" in out
    assert "Unbound module Main" in out        # the entry point's module is never published
    tick(dev)


def test_no_dev_running(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "robur", "repl", "--attach", str(tmp_path)],
                       capture_output=True, cwd=str(ROOT), timeout=60, stdin=subprocess.DEVNULL)
    assert r.returncode == 2
    assert f"start `robur dev {tmp_path}` first" in r.stderr.decode()


def _frames(sock: socket.socket, until: int, limit: float = 30.0) -> list[tuple[int, bytes]]:
    sock.settimeout(limit)
    got = []
    while True:
        f = P.read_frame(sock)
        if f is None:
            return got
        got.append(f)
        if f[0] == until:
            return got


def test_malformed_frames_leave_robur_dev_working(dev) -> None:
    path = P.socket_path(dev.project)
    # 1. garbage: an ERROR, then the connection ends
    s = socket.socket(socket.AF_UNIX)
    s.connect(str(path))
    s.sendall(b"GET / HTTP/1.0\r\n\r\n")
    frames = _frames(s, until=-1)
    assert frames and frames[0][0] == P.ERROR and b"bad magic" in frames[0][1]
    s.close()
    # 2. a length over the limit
    s = socket.socket(socket.AF_UNIX)
    s.connect(str(path))
    s.sendall(P.HEADER.pack(P.MAGIC, P.VERSION, P.PHRASE, 0, P.MAX_PAYLOAD + 1))
    frames = _frames(s, until=-1)
    assert frames[0][0] == P.ERROR and b"over the limit" in frames[0][1]
    s.close()
    # 3. well framed but wrong: errors, and the connection goes on
    s = socket.socket(socket.AF_UNIX)
    s.connect(str(path))
    s.sendall(P.encode(99, b"x") + P.encode(P.PHRASE, b"1;;") + P.encode(P.HELLO, b"{not json")
              + P.encode(P.HELLO, b'{"version": 1, "cwd": "/"}') + P.encode(P.PHRASE, b"\xff\xfe (;;")
              + P.encode(P.PHRASE, b"Counter.get () > 0;;"))
    frames = _frames(s, until=P.WELCOME)
    errors = [f[1] for f in frames if f[0] == P.ERROR]
    assert any(b"unknown frame kind 99" in e for e in errors)
    assert any(b"HELLO first" in e for e in errors)
    assert any(b"bad request" in e for e in errors)
    frames = _frames(s, until=P.DONE)                  # the bad phrase: a syntax error, printed
    assert json.loads(frames[-1][1]) == {"ok": False}
    frames = _frames(s, until=P.DONE)
    assert b"".join(f[1] for f in frames if f[0] == P.OUTPUT) == b"- : bool = true\n"
    s.close()
    # 4. a client that disconnects in the middle of a frame
    s = socket.socket(socket.AF_UNIX)
    s.connect(str(path))
    s.sendall(P.encode(P.PHRASE, b"1 + 1;;")[:15])
    s.close()
    # robur dev still runs the app, and a REPL still attaches
    n = tick(dev)
    assert tick(dev) > n
    c = attach(dev)
    phrase(c, "Counter.get () > 0;;", "- : bool = true")
    c.sendcontrol("d")
    c.expect(pexpect.EOF)


def test_definitions_survive_unrelated_interfaces_not_unloaded_ones(dev) -> None:
    c = attach(dev)
    phrase(c, "let y = 5;;", "val y : int = 5")
    # a new interface of Render: y does not involve it, so it stays
    (dev.project / "render.ml").write_text('let extra = 10\nlet line n = Printf.sprintf "r%d" n\n')
    dev.expect_exact("interface of Render changed")
    dev.expect_exact("restarted the app")
    c.sendline("y + Render.extra;;")
    i = c.expect_exact(["starts afresh", "- : int = 15"])
    assert i == 1
    c.expect(PROMPT)
    # a new interface of Counter whose initialiser raises: not loaded, so
    # its new types do not describe the VM's code, and phrases using it
    # (or Render, Main: its dependents) are refused
    (dev.project / "counter.ml").write_text(
        'let count = ref 0\nlet tick () = incr count\nlet get () = !count\nlet twice () = 2 * !count\n'
        'let () = failwith "boom"\n')
    dev.expect_exact('initialiser raised Failure("boom")')
    phrase(c, "Counter.twice ();;", "Counter changed but robur dev has not loaded the new version")
    phrase(c, "y * 2;;", "- : int = 10")
    (dev.project / "counter.ml").write_text(
        'let count = ref 0\nlet tick () = incr count\nlet get () = !count\nlet twice () = 2 * !count\n')
    dev.expect_exact("reloaded")
    c.sendline("Counter.twice () >= 0;;")
    c.expect_exact("- : bool = true")
    c.expect(PROMPT)
    c.sendcontrol("d")
    c.expect(pexpect.EOF)


def test_attached_repl_leaves_when_robur_dev_stops(dev) -> None:
    c = attach(dev, cwd=ROOT, args=[str(dev.project)])
    phrase(c, "1 + 1;;", "- : int = 2")
    dev.sendline("q")
    dev.expect(pexpect.EOF, timeout=30)
    c.expect_exact("robur dev stopped")
    c.expect(pexpect.EOF, timeout=30)
    c.close()
    assert c.exitstatus == 0
    assert not P.socket_path(dev.project).exists()
