"""The host end of the control channel: a unix socket that QEMU serves and
only its owner can reach, and request/reply calls over it with timeouts.

Where the socket lives: :func:`private_runtime_dir` makes a fresh directory,
mode 0700, under ``$XDG_RUNTIME_DIR`` (itself private to the user) or else
the system's temporary directory, so no other user can connect even though
the socket file itself is created by QEMU with the umask's mode.

QEMU's side (:func:`qemu_channel_args`)::

    -global virtio-mmio.force-legacy=false        the modern transport (version 2)
    -device virtio-serial-device
    -chardev socket,id=robur-ctl,path=SOCK,server=on,wait=off
    -device virtserialport,chardev=robur-ctl,nr=1,name=robur.ctl

A virtserialport and not a virtconsole: QEMU drops console output that the
socket cannot take at once, but throttles a serial port (see
kernel/platform/pvh/virtio_console.c).

Writes never block the reader: :meth:`Channel.send_bytes` interleaves
sending with receiving (select), so a VM whose replies fill the socket while
the host is still sending cannot deadlock the pair.
"""
from __future__ import annotations

import os
import select
import socket
import tempfile
import time
from pathlib import Path
from typing import Sequence

from .protocol import (ErrorReply, Frame, Hello, Kind, ProtocolError, Stats, Decoder, decode_error,
                       decode_hello, decode_stats, encode, encode_shutdown)

SOCKET_NAME = "control.sock"
CHARDEV_ID = "robur-ctl"
PORT_NR = 1
PORT_NAME = "robur.ctl"
DEFAULT_TIMEOUT = 10.0


class ChannelError(RuntimeError):
    """The channel failed: no connection, timeout, closed by the VM."""


class ChannelTimeout(ChannelError):
    pass


class RemoteError(ChannelError):
    """The VM refused a request with an ERROR frame."""

    def __init__(self, error: ErrorReply, seq: int) -> None:
        super().__init__(f"VM refused frame {seq}: {error.name}: {error.message}")
        self.error = error
        self.seq = seq


def private_runtime_dir(prefix: str = "robur-") -> Path:
    """A new directory only this user can enter (0700)."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    if not base or not os.path.isdir(base) or not os.access(base, os.W_OK | os.X_OK):
        base = None
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=base))
    os.chmod(path, 0o700)
    return path


QMP_SOCKET_NAME = "qmp.sock"


def qemu_qmp_args(runtime_dir: str | os.PathLike[str]) -> list[str]:
    """QEMU arguments for the QMP socket (robur.vm.qmp) in the same private
    directory as the control socket: ``-qmp unix:DIR/qmp.sock,server=on,wait=off``."""
    from .qmp import qmp_args
    return qmp_args(Path(runtime_dir) / QMP_SOCKET_NAME)


def qemu_channel_args(socket_path: str | os.PathLike[str]) -> list[str]:
    """QEMU arguments that plug the control port into socket_path."""
    return ["-global", "virtio-mmio.force-legacy=false",
            "-device", "virtio-serial-device",
            "-chardev", f"socket,id={CHARDEV_ID},path={os.fspath(socket_path)},server=on,wait=off",
            "-device", f"virtserialport,chardev={CHARDEV_ID},nr={PORT_NR},name={PORT_NAME}"]


class Channel:
    """A connected control channel.  Requests get increasing sequence numbers;
    replies are matched by seq.  ERROR frames for other sequence numbers (the
    VM's answers to garbage) are kept in `errors`."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.sock.setblocking(False)
        self.decoder = Decoder()
        self.pending: list[Frame] = []
        self.errors: list[tuple[int, ErrorReply]] = []
        self.next_seq = 1
        self.closed = False

    # --- connecting ---------------------------------------------------------

    @classmethod
    def connect(cls, path: str | os.PathLike[str], timeout: float = DEFAULT_TIMEOUT) -> "Channel":
        """Connects to QEMU's socket, retrying until it exists (QEMU creates
        it while starting)."""
        deadline = time.monotonic() + timeout
        while True:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                s.connect(os.fspath(path))
                return cls(s)
            except (FileNotFoundError, ConnectionRefusedError) as e:
                s.close()
                if time.monotonic() > deadline:
                    raise ChannelError(f"cannot connect to {path}: {e}") from None
                time.sleep(0.005)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.sock.close()

    def __enter__(self) -> "Channel":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- bytes --------------------------------------------------------------

    def _take(self, data: bytes) -> None:
        for f in self.decoder.feed(data):
            self.pending.append(f)

    def _recv_some(self, wait: float | None) -> bool:
        """Reads what is there (waiting up to `wait` s); False on timeout."""
        r, _, _ = select.select([self.sock], [], [], wait)
        if not r:
            return False
        try:
            data = self.sock.recv(1 << 20)
        except BlockingIOError:
            return True
        except OSError as e:
            raise ChannelError(f"control channel failed: {e}") from None
        if not data:
            raise ChannelError("control channel closed by the VM")
        self._take(data)
        return True

    def send_bytes(self, data: bytes, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Sends raw bytes (well-formed or not), reading replies meanwhile."""
        view = memoryview(data)
        deadline = time.monotonic() + timeout
        while view:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChannelTimeout(f"sending timed out with {len(view)} bytes unsent")
            r, w, _ = select.select([self.sock], [self.sock], [], left)
            if r:
                self._recv_some(0)
            if w:
                try:
                    n = self.sock.send(view[:1 << 20])
                except BlockingIOError:
                    continue
                except OSError as e:
                    raise ChannelError(f"control channel failed: {e}") from None
                view = view[n:]

    def send(self, kind: int, payload: bytes = b"", seq: int | None = None,
             timeout: float = DEFAULT_TIMEOUT) -> int:
        """Sends one frame; returns its sequence number."""
        if seq is None:
            seq = self.next_seq
            self.next_seq = (self.next_seq + 1) & 0xFFFFFFFF or 1
        self.send_bytes(encode(kind, seq, payload), timeout)
        return seq

    def receive(self, timeout: float = DEFAULT_TIMEOUT) -> Frame:
        """The next frame from the VM, whatever it is."""
        deadline = time.monotonic() + timeout
        while not self.pending:
            left = deadline - time.monotonic()
            if left <= 0 or not self._recv_some(left):
                raise ChannelTimeout(f"no frame from the VM within {timeout} s")
        return self.pending.pop(0)

    def wait_reply(self, seq: int, timeout: float = DEFAULT_TIMEOUT) -> Frame:
        """The reply carrying seq; an ERROR for seq raises RemoteError.  Other
        ERROR frames are recorded in `errors`; other replies are dropped."""
        deadline = time.monotonic() + timeout
        while True:
            f = self.receive(max(0.0, deadline - time.monotonic()))
            if f.kind == Kind.ERROR:
                err = decode_error(f.payload)
                if f.seq == seq and seq != 0:
                    raise RemoteError(err, seq)
                self.errors.append((f.seq, err))
                continue
            if f.seq == seq:
                return f

    def request(self, kind: int, payload: bytes = b"", timeout: float = DEFAULT_TIMEOUT) -> Frame:
        return self.wait_reply(self.send(kind, payload, timeout=timeout), timeout)

    # --- requests -------------------------------------------------------------

    def hello(self, name: str = "robur-host", timeout: float = DEFAULT_TIMEOUT) -> Hello:
        f = self.request(Kind.HELLO, name.encode(), timeout)
        if f.kind != Kind.HELLO_REPLY:
            raise ProtocolError(f"HELLO answered with kind {f.kind}")
        return decode_hello(f.payload)

    def ping(self, payload: bytes = b"", timeout: float = DEFAULT_TIMEOUT) -> bytes:
        f = self.request(Kind.PING, payload, timeout)
        if f.kind != Kind.PONG:
            raise ProtocolError(f"PING answered with kind {f.kind}")
        return f.payload

    def stats(self, timeout: float = DEFAULT_TIMEOUT) -> Stats:
        f = self.request(Kind.STATS, b"", timeout)
        if f.kind != Kind.STATS_REPLY:
            raise ProtocolError(f"STATS answered with kind {f.kind}")
        return decode_stats(f.payload)

    def echo(self, payload: bytes, timeout: float = DEFAULT_TIMEOUT) -> bytes:
        f = self.request(Kind.ECHO, payload, timeout)
        if f.kind != Kind.ECHO_REPLY:
            raise ProtocolError(f"ECHO answered with kind {f.kind}")
        return f.payload

    def shutdown(self, code: int = 0, timeout: float = DEFAULT_TIMEOUT) -> None:
        f = self.request(Kind.SHUTDOWN, encode_shutdown(code) if code else b"", timeout)
        if f.kind != Kind.SHUTDOWN_REPLY:
            raise ProtocolError(f"SHUTDOWN answered with kind {f.kind}")

    def errors_since(self, start: int) -> Sequence[tuple[int, ErrorReply]]:
        return self.errors[start:]
