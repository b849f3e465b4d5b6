"""The attach socket's frames and its private directory (no VM)."""
from __future__ import annotations

import os
import shutil
import tempfile
import socket
from pathlib import Path

import pytest

from robur.dev import attach_proto as P


def _pair() -> tuple[socket.socket, socket.socket]:
    a, b = socket.socketpair()
    b.settimeout(5)
    return a, b


def test_round_trip_and_clean_end() -> None:
    a, b = _pair()
    a.sendall(P.encode(P.PHRASE, b"1 + 1;;") + P.encode(P.INTERRUPT) + P.encode_json(P.DONE, {"ok": True}))
    assert P.read_frame(b) == (P.PHRASE, b"1 + 1;;")
    assert P.read_frame(b) == (P.INTERRUPT, b"")
    kind, payload = P.read_frame(b)
    assert kind == P.DONE and P.decode_json(payload) == {"ok": True}
    a.close()
    assert P.read_frame(b) is None


@pytest.mark.parametrize("raw, message", [
    (b"GET / HTTP/1.0\r\n", "bad magic"),
    (P.HEADER.pack(P.MAGIC, 9, P.PHRASE, 0, 0), "unsupported version"),
    (P.HEADER.pack(P.MAGIC, P.VERSION, P.PHRASE, 1, 0), "reserved"),
    (P.HEADER.pack(P.MAGIC, P.VERSION, P.PHRASE, 0, P.MAX_PAYLOAD + 1), "over the limit"),
    (P.encode(P.PHRASE, b"abcdef")[:-2], "closed inside a frame"),
    (P.encode(P.PHRASE, b"abc")[:5], "closed inside a frame"),
])
def test_malformed_headers(raw: bytes, message: str) -> None:
    a, b = _pair()
    a.sendall(raw)
    a.close()
    with pytest.raises(P.ProtocolError, match=message):
        P.read_frame(b)


def test_encode_refuses_oversized_payload() -> None:
    with pytest.raises(ValueError):
        P.encode(P.OUTPUT, b"x" * (P.MAX_PAYLOAD + 1))


@pytest.fixture
def runtime(monkeypatch):
    """A private runtime directory as short as /run/user/UID (pytest's
    tmp_path can be too deep for a socket path, and then robur falls back
    to the shared /tmp, which these tests must not touch)."""
    d = Path(tempfile.mkdtemp(prefix="rt-", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(d))
    yield d
    shutil.rmtree(d, ignore_errors=True)


def test_socket_path_depends_on_the_absolute_directory(tmp_path: Path, runtime: Path, monkeypatch) -> None:
    (tmp_path / "p").mkdir()
    monkeypatch.chdir(tmp_path)
    assert P.socket_path(Path("p")) == P.socket_path(tmp_path / "p")
    assert P.socket_path(tmp_path / "p") != P.socket_path(tmp_path)
    assert P.socket_path(tmp_path).parent == runtime / f"robur-attach-{os.getuid()}"


def test_a_runtime_directory_too_deep_for_a_socket_is_passed_over(tmp_path: Path, monkeypatch) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    path = P.socket_path(tmp_path)
    assert not str(path).startswith(str(deep))
    assert len(os.fsencode(str(path))) < 108      # sun_path


def test_private_directory_is_checked(tmp_path: Path, runtime: Path) -> None:
    d = P.ensure_attach_dir()
    assert d.parent == runtime
    assert (os.stat(d).st_mode & 0o777) == 0o700
    os.chmod(d, 0o755)
    with pytest.raises(P.UnsafeDirectory):
        P.ensure_attach_dir()
    os.rmdir(d)
    os.symlink(tmp_path, d)
    with pytest.raises(P.UnsafeDirectory):
        P.check_private(d)
