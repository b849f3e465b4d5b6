"""Has robur's own source changed since the compile server started?

Asked before every request, so it must cost next to nothing: the kernel's
inotify queue is read without blocking (no event, nothing to do), with a
watch on each directory of the sources.  Where inotify is not available
(its per-user limit reached, another kernel), the answer comes from
comparing (mtime, size) of every source file instead, a few hundred stats.
"""
from __future__ import annotations

import ctypes
import os
import struct
from pathlib import Path

SOURCE_SUFFIXES = (".py", ".lark", ".ml", ".mli")

_IN_NONBLOCK = os.O_NONBLOCK
_IN_CLOEXEC = os.O_CLOEXEC
# a file written, created, deleted or renamed; a directory made or removed
_IN_EVENTS = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800
_EVENT_HEAD = struct.Struct("iIII")      # wd, mask, cookie, len; then the name


def source_dirs(roots: list[Path]) -> list[str]:
    out = []
    for root in roots:
        for dirpath, dirnames, _ in os.walk(root):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            out.append(dirpath)
    return out


def source_stamp(roots: list[Path]) -> tuple:
    """(path, mtime, size) of every source file under ``roots``."""
    out = []
    for d in source_dirs(roots):
        with os.scandir(d) as it:
            for e in it:
                if e.is_file() and e.name.endswith(SOURCE_SUFFIXES):
                    st = e.stat()
                    out.append((e.path, st.st_mtime_ns, st.st_size))
    return tuple(sorted(out))


class SourceWatch:
    def __init__(self, roots: list[Path]):
        self.roots = roots
        self.stale = False
        self._fd = self._inotify(source_dirs(roots))
        self._stamp = source_stamp(roots) if self._fd is None else None

    @staticmethod
    def _inotify(dirs: list[str]) -> int | None:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            fd = libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC)
        except (OSError, AttributeError):
            return None
        if fd < 0:
            return None
        for d in dirs:
            if libc.inotify_add_watch(fd, os.fsencode(d), _IN_EVENTS) < 0:
                os.close(fd)
                return None
        return fd

    def changed(self) -> bool:
        """True once a source file changed (and from then on)."""
        if self.stale:
            return True
        if self._fd is None:
            self.stale = source_stamp(self.roots) != self._stamp
            return self.stale
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return False
            except OSError:          # the queue overflowed or broke: assume the worst
                self.stale = True
                return True
            pos = 0
            while pos + _EVENT_HEAD.size <= len(data):
                _, mask, _, n = _EVENT_HEAD.unpack_from(data, pos)
                name = data[pos + _EVENT_HEAD.size:pos + _EVENT_HEAD.size + n].rstrip(b"\0")
                pos += _EVENT_HEAD.size + n
                # a source file, a new directory, or a queue overflow (0x4000);
                # an editor's swap and backup files are not sources
                if name.decode(errors="replace").endswith(SOURCE_SUFFIXES) \
                        or (mask & 0x40000000 and name != b"__pycache__") or mask & 0x4000:
                    self.stale = True
                    return True

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
