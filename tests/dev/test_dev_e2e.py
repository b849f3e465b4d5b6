"""``robur dev`` end to end: a copy of examples/counter runs in a real VM
(QEMU; TCG where KVM is not usable) while the test edits its files as an
editor would, and reads the console through pexpect."""
from __future__ import annotations

import os
import re
import shutil
import sys
import time
from pathlib import Path

import pexpect
import pytest

from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "counter"
TICK = re.compile(r"(?:tick|count =) (\d+)")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    require("qemu-system-x86_64")
    dst = tmp_path / "counter"
    shutil.copytree(EXAMPLE, dst)
    return dst


def spawn(project: Path) -> pexpect.spawn:
    env = dict(os.environ, NO_COLOR="1")
    c = pexpect.spawn(sys.executable, ["-m", "robur", "dev", str(project)], env=env, encoding="utf-8",
                      timeout=90, cwd=str(ROOT))
    c.expect_exact("watching")
    return c


def next_tick(c: pexpect.spawn, prefix: str = r"(?:tick|count =)") -> int:
    c.expect(prefix + r" (\d+)")
    return int(c.match.group(1))


def write_in_place(path: Path, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def write_and_rename(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp~")
    tmp.write_text(text)
    os.replace(tmp, path)


def write_like_vim(path: Path, text: str) -> None:
    """vim's default: a swap file, the original renamed to a backup, a new
    file written, the backup and swap removed."""
    swap = path.with_name(f".{path.name}.swp")
    swap.write_bytes(b"b0VIM 9.0")
    backup = path.with_name(path.name + "~")
    os.rename(path, backup)
    path.write_text(text)
    backup.unlink()
    swap.unlink()


RENDER = """let lines_drawn = ref 0 [@@robur.keep]

let line n =
  incr lines_drawn;
  Printf.sprintf "{fmt}" n !lines_drawn
"""


def render(fmt: str) -> str:
    return RENDER.replace("{fmt}", fmt)


def test_edit_error_fix_keep_raise_and_type_change(project: Path) -> None:
    c = spawn(project)
    first = next_tick(c, "tick")
    assert first >= 1
    # 1. an edited function body: new output, the counter in Counter goes on
    write_in_place(project / "render.ml", render("count = %d (drawn %d)"))
    c.expect_exact("reloaded Render (1 module")
    n = next_tick(c, "count =")
    assert n > first
    c.expect(r"count = \d+ \(drawn (\d+)\)")
    drawn = int(c.match.group(1))
    assert drawn > 1            # lines_drawn was kept across its own module's reload
    # 2. a type error: reported, the old code keeps running
    write_in_place(project / "render.ml", 'let line n = n + "x"\n')
    c.expect_exact("Error: This expression has type string but an expression was expected of type")
    c.expect_exact("Had 1 error, waiting for changes...")
    m = next_tick(c, "count =")
    assert m > n
    # 3. fixed: reloads
    write_in_place(project / "render.ml", render("n=%d d=%d"))
    c.expect_exact("reloaded Render")
    c.expect(r"n=(\d+) d=(\d+)")
    assert int(c.match.group(1)) > m and int(c.match.group(2)) > drawn
    # 4. an initialiser that raises: nothing reloaded, the old version runs
    write_in_place(project / "render.ml", render("BROKEN %d %d") + 'let () = failwith "oops"\n')
    c.expect_exact('initialiser raised Failure("oops")')
    c.expect_exact("previous versions stay active")
    c.expect(r"n=\d+ d=\d+")
    # 5. a type change in Counter: it and its dependents are re-initialised,
    #    the app restarts without a reboot
    write_in_place(project / "counter.ml", "type t = { mutable n : int }\nlet state = { n = 100 }\n"
                                           "let tick () = state.n <- state.n + 1\nlet get () = state.n\n")
    c.expect_exact("interface of Counter changed: re-initialising")
    c.expect_exact("restarted the app")
    c.expect(r"n=(\d+) d=\d+")
    assert int(c.match.group(1)) >= 101
    # 6. the `s` key: the VM's figures and what robur dev loaded into it
    c.sendline("s")
    c.expect(r"code loaded: 3 module\(s\); (\d+) reload\(s\) since the start")
    assert int(c.match.group(1)) == 3          # 1., 3. and 5. (2. and 4. loaded nothing)
    c.sendline("q")
    c.expect(pexpect.EOF)


@pytest.mark.parametrize("save", [write_in_place, write_and_rename, write_like_vim])
def test_each_save_pattern_reloads_once(project: Path, save) -> None:
    c = spawn(project)
    next_tick(c, "tick")
    save(project / "render.ml", render("v1 %d %d"))
    c.expect_exact("reloaded Render")
    c.expect(r"v1 \d+ \d+")
    # two seconds of ticks and no second reload
    deadline = time.monotonic() + 2.0
    seen = ""
    while time.monotonic() < deadline:
        try:
            c.expect(r"\n", timeout=0.5)
            seen += c.before
        except pexpect.TIMEOUT:
            pass
    assert "reloaded" not in seen, seen
    c.sendline("q")
    c.expect(pexpect.EOF)
