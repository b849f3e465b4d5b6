"""Each editor save pattern gives exactly one change batch; nothing else does."""
from __future__ import annotations

import os
import queue
import time
from pathlib import Path

import pytest

from robur.dev.watcher import SourceWatcher, is_source


@pytest.fixture
def project(tmp_path: Path):
    (tmp_path / "main.ml").write_text("let () = Counter.tick ()\n")
    (tmp_path / "counter.ml").write_text("let n = ref 0\nlet tick () = incr n\n")
    (tmp_path / "notes.txt").write_text("not a source\n")
    with SourceWatcher(tmp_path) as w:
        time.sleep(0.05)            # let inotify settle
        yield tmp_path, w


def batches(w: SourceWatcher, wait: float = 0.4) -> list:
    out = []
    deadline = time.monotonic() + wait
    while True:
        try:
            out.append(w.batches.get(timeout=max(0.0, deadline - time.monotonic())))
        except queue.Empty:
            return out


def test_write_in_place(project):
    root, w = project
    with open(root / "counter.ml", "w") as f:
        f.write("let n = ref 0\nlet tick () = n := !n + 2\n")
    got = batches(w)
    assert [b.changed for b in got] == [[root / "counter.ml"]]


def test_write_and_rename(project):
    root, w = project
    tmp = root / ".counter.ml.tmp123"
    tmp.write_text("let n = ref 10\nlet tick () = incr n\n")
    os.replace(tmp, root / "counter.ml")
    got = batches(w)
    assert [b.changed for b in got] == [[root / "counter.ml"]]


def test_vim_style_save_with_swap_and_backup(project):
    root, w = project
    swap = root / ".counter.ml.swp"
    swap.write_bytes(b"vim swap")
    (root / "4913").write_text("")              # vim's writability probe
    (root / "4913").unlink()
    os.rename(root / "counter.ml", root / "counter.ml~")
    with open(root / "counter.ml", "w") as f:
        f.write("let n = ref 0\nlet tick () = decr n\n")
    (root / "counter.ml~").unlink()
    swap.unlink()
    got = batches(w)
    assert [b.changed for b in got] == [[root / "counter.ml"]]
    assert all(not b.deleted for b in got)


def test_touch_without_change_gives_nothing(project):
    root, w = project
    os.utime(root / "counter.ml")
    (root / "counter.ml").write_text((root / "counter.ml").read_text())
    (root / "notes.txt").write_text("edited\n")
    assert batches(w) == []


def test_burst_of_saves_is_one_batch(project):
    root, w = project
    for name in ("a.ml", "b.ml", "c.mli"):
        (root / name).write_text(f"(* {name} *)\n")
    got = batches(w)
    assert len(got) == 1
    assert got[0].changed == [root / "a.ml", root / "b.ml", root / "c.mli"]


def test_delete(project):
    root, w = project
    (root / "counter.ml").unlink()
    got = batches(w)
    assert [(b.changed, b.deleted) for b in got] == [([], [root / "counter.ml"])]


def test_source_names():
    assert is_source(Path("a.ml")) and is_source(Path("lib/b.mli"))
    for name in (".a.ml.swp", "a.ml~", "#a.ml#", ".#a.ml", "a.txt", ".git/x.ml", "_build/x.ml", "4913"):
        assert not is_source(Path(name)), name
