"""Watching a project for saved source files, the way editors save them.

Editors save in different ways: in place (truncate, write, close), by writing
a temporary file and renaming it over the original, or (vim) by renaming the
original to a backup and writing a new file, with swap files coming and going
around it.  Each of these must become exactly one *change batch*, and nothing
else (a swap file, a backup, an untouched file whose mtime moved) may cause
one.  So the watcher

- looks only at ``*.ml``/``*.mli`` files, never at hidden or editor-private
  names (``.x.ml.swp``, ``x.ml~``, ``#x.ml#``, emacs' ``.#x.ml`` lock links)
  nor inside hidden directories or ``_build``/``build``;
- collects events until the directory is quiet: briefly after a write has
  been closed or a file renamed into place (the save is complete), longer
  after a bare modification (the writer may still be writing) or when a
  file has vanished (it is usually being replaced);
- then compares file contents with the last snapshot (SHA-256), so a batch
  lists exactly the files whose text changed or that were deleted, and an
  event that changed nothing produces no batch (no reload loops).
"""
from __future__ import annotations

import hashlib
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

SOURCE_SUFFIXES = (".ml", ".mli")
IGNORED_DIRS = {"_build", "build", "node_modules"}


def is_source(path: Path) -> bool:
    name = path.name
    if not name.endswith(SOURCE_SUFFIXES) or name.startswith((".", "#")):
        return False
    return not any(part.startswith(".") or part in IGNORED_DIRS for part in path.parts[:-1])


@dataclass
class ChangeBatch:
    changed: list[Path] = field(default_factory=list)   # created or edited, sorted
    deleted: list[Path] = field(default_factory=list)
    first_event: float = 0.0    # time.perf_counter() of the first event (latency figures)


class SourceWatcher:
    """Turns file-system events under ``root`` into ChangeBatches.

    ``settle_after_close`` is the quiet time after a completed write or a
    rename (4 ms: a save that writes several files, on a loaded machine,
    leaves gaps of more than 2 ms between them); ``settle_after_modify``
    after a bare modification, which may be one of several writes.
    """

    def __init__(self, root: Path, settle_after_close: float = 0.004,
                 settle_after_modify: float = 0.030):
        self.root = Path(root).resolve()
        self.settle_after_close = settle_after_close
        self.settle_after_modify = settle_after_modify
        self.batches: "queue.Queue[ChangeBatch]" = queue.Queue()
        self._snapshot: dict[Path, str] = {}
        self._pending: set[Path] = set()
        self._last_event = 0.0
        self._first_event = 0.0
        self._completed = False
        self._cond = threading.Condition()
        self._stopping = False
        self._observer = Observer()
        self._thread = threading.Thread(target=self._settle_loop, name="robur-watch", daemon=True)

    # -- life cycle ------------------------------------------------------------
    def start(self) -> None:
        for path in self.root.rglob("*"):
            if path.is_file() and is_source(path.relative_to(self.root)):
                digest = _digest(path)
                if digest is not None:
                    self._snapshot[path] = digest
        self._observer.schedule(_Handler(self), str(self.root), recursive=True)
        self._observer.start()
        self._thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self._observer.stop()
        self._observer.join(timeout=2)
        self._thread.join(timeout=2)

    def __enter__(self) -> "SourceWatcher":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def snapshot(self) -> dict[Path, str]:
        return dict(self._snapshot)

    # -- events ------------------------------------------------------------------
    def _note(self, path_text: str, completed: bool) -> None:
        path = Path(path_text)
        try:
            rel = path.relative_to(self.root)
        except ValueError:
            return
        if not is_source(rel):
            return
        now = time.perf_counter()
        with self._cond:
            if not self._pending:
                self._first_event = now
                self._completed = False
            self._pending.add(path)
            self._last_event = now
            self._completed = completed
            self._cond.notify()

    def _settle_loop(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                # wait until the directory has been quiet long enough; a file
                # that vanished is usually being replaced (vim renames the
                # original away first), so give it the longer settle time
                while True:
                    quiet = self.settle_after_close if self._completed else self.settle_after_modify
                    remaining = self._last_event + quiet - time.perf_counter()
                    if remaining <= 0 and quiet < self.settle_after_modify and \
                            any(not p.exists() for p in self._pending):
                        remaining = self._last_event + self.settle_after_modify - time.perf_counter()
                    if remaining <= 0 or self._stopping:
                        break
                    self._cond.wait(remaining)
                pending, self._pending = self._pending, set()
                first = self._first_event
            batch = self._diff(pending, first)
            if batch.changed or batch.deleted:
                self.batches.put(batch)

    def _diff(self, paths: set[Path], first: float) -> ChangeBatch:
        batch = ChangeBatch(first_event=first)
        for path in sorted(paths):
            digest = _digest(path)
            old = self._snapshot.get(path)
            if digest is None:
                if old is not None:
                    del self._snapshot[path]
                    batch.deleted.append(path)
            elif digest != old:
                self._snapshot[path] = digest
                batch.changed.append(path)
        return batch


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: SourceWatcher):
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        kind = event.event_type
        if kind in ("opened", "closed_no_write"):
            return
        completed = kind in ("closed", "moved", "deleted", "created")
        src = os.fsdecode(event.src_path)
        if kind == "moved":
            self.watcher._note(src, True)
            self.watcher._note(os.fsdecode(event.dest_path), True)
        else:
            self.watcher._note(src, completed and kind != "created")


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        return None
