"""The build cache: hits for unchanged inputs, rebuilds for damaged entries."""
from __future__ import annotations

from robur.link.cache import BuildCache, compiler_digest, digest


def test_hit_after_put_and_miss_for_other_inputs(tmp_path):
    cache = BuildCache(tmp_path)
    built = []

    def build():
        built.append(1)
        return b"object bytes"

    key = digest(compiler_digest(), "let x = 1", "-O2")
    assert cache.get_or_build(key, build) == b"object bytes"
    assert cache.get_or_build(key, build) == b"object bytes"
    assert built == [1] and cache.hits == 1
    other = digest(compiler_digest(), "let x = 2", "-O2")
    assert cache.get(other) is None


def test_digest_respects_boundaries():
    assert digest("ab", "c") != digest("a", "bc")


def test_damaged_entry_is_rebuilt(tmp_path):
    cache = BuildCache(tmp_path)
    key = digest("unit")
    cache.put(key, b"good")
    path = tmp_path / key[:2] / key[2:]
    path.write_bytes(path.read_bytes()[:-1] + b"X")       # flip the last byte
    assert cache.get(key) is None
    assert not path.exists()
    assert cache.get_or_build(key, lambda: b"good") == b"good"
    path.write_bytes(b"garbage")                          # not even a header
    assert cache.get(key) is None


def test_unwritable_cache_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = BuildCache(blocker / "cache")
    assert cache.get_or_build(digest("x"), lambda: b"v") == b"v"


def test_deferred_writes_are_read_back_then_written_with_their_umask(tmp_path, monkeypatch):
    """The compile server's mode: puts are held until write_deferred(), and
    a get meanwhile sees them."""
    import os
    from robur.link import cache as C
    monkeypatch.setattr(C, "_DEFERRED", None)
    C.defer_writes()
    cache = BuildCache(tmp_path / "c")
    key = digest("held")
    old = os.umask(0o077)
    try:
        cache.put(key, b"object")
    finally:
        os.umask(old)
    path = tmp_path / "c" / key[:2] / key[2:]
    assert not path.exists()
    assert cache.get(key) == b"object" and cache.hits == 1
    C.write_deferred()
    assert path.exists() and (path.parent.stat().st_mode & 0o777) == 0o700
    assert BuildCache(tmp_path / "c").get(key) == b"object"
    C.write_deferred()                        # nothing left: a no-op
