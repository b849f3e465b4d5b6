"""The content-addressed build cache.

Every product (an object file, a compiled interface) is stored under the hash
of *everything* it was made from: its source, the digests of the interfaces it
imports, the options, and the compiler's own digest (``compiler_digest``: a
hash of robur's sources, so a changed compiler never reuses a stale object).
An unchanged module with unchanged imports is therefore never compiled again.

Entries are written atomically (temporary file, then rename) and carry a
SHA-256 of their contents; an entry that fails the check (a truncated write,
a disk error) is discarded and rebuilt, never trusted and never fatal.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable

_MAGIC = b"robur-cache-1\n"
_COMPILER_DIGEST: str | None = None
# Entries put but not yet written (path -> contents, umask), while writes are
# deferred: the compile server answers its client first and writes them
# after (server/daemon.py).  None: every put is written at once.
_DEFERRED: dict[Path, tuple[bytes, int]] | None = None


def defer_writes() -> None:
    """From now on, hold puts in memory until write_deferred()."""
    global _DEFERRED
    if _DEFERRED is None:
        _DEFERRED = {}


def write_deferred() -> None:
    """Write the entries held since the last call, each under the umask of
    the command that made it."""
    if not _DEFERRED:
        return
    pending = list(_DEFERRED.items())
    _DEFERRED.clear()
    mask = os.umask(0o022)
    try:
        for path, (blob, umask) in pending:
            os.umask(umask)
            _write(path, blob)
    finally:
        os.umask(mask)


def _write(path: Path, blob: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, path)
    except OSError:
        pass   # an unwritable cache only costs speed


def digest(*parts: bytes | str) -> str:
    """A stable hash of several inputs (length-prefixed, so boundaries count)."""
    h = hashlib.sha256()
    for p in parts:
        b = p.encode("utf-8") if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def compiler_digest() -> str:
    """A hash of robur's own sources (every .py and .lark file of the package)."""
    global _COMPILER_DIGEST
    if _COMPILER_DIGEST is None:
        root = Path(__file__).resolve().parent.parent
        h = hashlib.sha256()
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".lark") and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(root)).encode())
                h.update(path.read_bytes())
        _COMPILER_DIGEST = h.hexdigest()
    return _COMPILER_DIGEST


def default_cache_dir() -> Path:
    env = os.environ.get("ROBUR_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "robur" / "build"


class BuildCache:
    """A directory of products keyed by digest.  ``hits``/``misses`` count
    lookups (for tests and ``--stats``)."""

    def __init__(self, root: Path | None = None):
        self.root = Path(root) if root is not None else default_cache_dir()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / key[2:]

    def get(self, key: str) -> bytes | None:
        path = self._path(key)
        if _DEFERRED:
            held = _DEFERRED.get(path.absolute())
            if held is not None:
                self.hits += 1
                return held[0][len(_MAGIC) + 64:]
        try:
            blob = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        header_len = len(_MAGIC) + 64
        body = blob[header_len:]
        if blob[:len(_MAGIC)] != _MAGIC or blob[len(_MAGIC):header_len].decode("ascii", "replace") != hashlib.sha256(body).hexdigest():
            # A damaged entry: drop it and let the caller rebuild.
            try:
                path.unlink()
            except OSError:
                pass
            self.misses += 1
            return None
        self.hits += 1
        return body

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        blob = _MAGIC + hashlib.sha256(data).hexdigest().encode("ascii") + data
        if _DEFERRED is not None:
            umask = os.umask(0o022)
            os.umask(umask)
            _DEFERRED[path.absolute()] = (blob, umask)
        else:
            _write(path, blob)

    def get_or_build(self, key: str, build: Callable[[], bytes]) -> bytes:
        data = self.get(key)
        if data is None:
            data = build()
            self.put(key, data)
        return data

    def keys(self) -> Iterable[str]:
        if not self.root.exists():
            return []
        return [p.parent.name + p.name for p in self.root.glob("??/*") if not p.name.startswith(".tmp-")]
