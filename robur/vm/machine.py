"""``Machine``: one running live unikernel, as every front door sees it.

The REPL, ``robur dev`` and the tutorials boot a *live image* (the whole
Stdlib, the VM's linker and the control loop: ``Builder.live_image``) and
talk to it through this object:

    m = Machine(image, on_console=sys.stdout.buffer.write)
    m.start()                                   # QEMU + HELLO
    m.load("Counter", obj)                      # link a unit, run its initialiser
    outcome = m.eval("TOP1", obj, on_output)    # the same, and bring back values
    m.stats(); m.interrupt(); m.shutdown()
    seq = m.run("Main", obj)                    # robur dev: start the main unit, do not wait
    m.reload([("Render", obj2, [])])            # replace units while it runs (Robur.sleep serves)
    m.restart(); m.run_result(seq, timeout=10)  # Robur.Restart raised; RUN_REPLY

QEMU runs with the serial console on a pipe (streamed to ``on_console``:
kernel messages, and a program's output when it is not captured), the
control channel's socket and a QMP socket, both in a private 0700 directory.
An interrupt (Ctrl-C) is an NMI injected through QMP (docs/protocol.md,
"Interrupts"): the VM does not read the channel while OCaml code runs.

Every failure of the VM itself (QEMU missing, QEMU exiting, the channel
closing) raises ``MachineError`` with what QEMU said, so that a front door
can tell the user and boot a new machine.
"""
from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from .channel import Channel, ChannelError, ChannelTimeout, RemoteError, private_runtime_dir, qemu_channel_args
from .protocol import Kind, decode_error
from .qmp import qmp_args
from .qemu import ControlFilter, VMError, choose_accel, decode_status, encode_cmdline, qemu_command

OutputSink = Callable[[int, bytes], None]      # (fd, bytes)

# The interval between two NMIs while an interrupt is pending: an NMI that
# lands outside OCaml code (in the GC, in a C primitive) is ignored by the VM.
INTERRUPT_REPEAT_S = 0.05
# After this long without an answer to an interrupt, the VM is presumed stuck.
INTERRUPT_GIVE_UP_S = 10.0


# -- QEMU dies with robur --------------------------------------------------------
# A VM must not outlive the robur process that drives it (killed by a
# timeout, a closed terminal, SIGKILL): QEMU is started with
# PR_SET_PDEATHSIG.  That signal follows the *thread* that forked, so every
# QEMU is forked by one daemon thread that lives as long as the process
# (a Machine may be started from a short-lived thread, as robur repl's
# background boot does).

_PR_SET_PDEATHSIG = 1
_spawn_requests: "queue.Queue[tuple]" = queue.Queue()
_spawner: Optional[threading.Thread] = None
_spawner_lock = threading.Lock()


def _die_with_parent() -> None:
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass                # not Linux: the VM is shut down by Machine.close only


def _spawner_loop() -> None:
    while True:
        cmd, kwargs, box, done = _spawn_requests.get()
        try:
            box.append(subprocess.Popen(cmd, preexec_fn=_die_with_parent, **kwargs))
        except BaseException as e:      # handed to the caller's thread
            box.append(e)
        done.set()


def _spawn(cmd: list[str], **kwargs) -> "subprocess.Popen[bytes]":
    global _spawner
    with _spawner_lock:
        if _spawner is None:
            _spawner = threading.Thread(target=_spawner_loop, name="robur-qemu-spawner", daemon=True)
            _spawner.start()
    box: list = []
    done = threading.Event()
    _spawn_requests.put((cmd, kwargs, box, done))
    done.wait()
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


class MachineError(VMError):
    """The VM cannot be used (any more): QEMU is missing or died, the channel
    closed.  ``detail`` holds the end of QEMU's own messages."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message + (f"\n{detail}" if detail else ""))
        self.detail = detail


class MachineExited(MachineError):
    """The program in the VM called ``exit`` (or the VM panicked): QEMU
    ended with the program's exit code."""

    def __init__(self, code: int, panicked: bool, detail: str = "") -> None:
        super().__init__("the VM panicked" if panicked else f"the program exited with code {code}", detail)
        self.code = code
        self.panicked = panicked


@dataclass
class Timing:
    boot_s: float = 0.0          # QEMU start → HELLO answered


class Machine:
    def __init__(self, image: Path, accel: Optional[str] = None, memory_mb: int = 256,
                 on_console: Optional[Callable[[bytes], None]] = None, quiet: bool = False) -> None:
        self.image = Path(image)
        self.accel = choose_accel(accel, quiet=quiet)
        self.memory_mb = memory_mb
        self.on_console = on_console
        self.proc: Optional[subprocess.Popen[bytes]] = None
        self.ch: Optional[Channel] = None
        self.dir: Optional[Path] = None
        self.timing = Timing()
        self.started_at = 0.0
        self.console_filter = ControlFilter()
        self._stderr_tail = b""
        self._threads: list[threading.Thread] = []
        self._qmp = None
        self._console_lock = threading.Lock()
        self._interrupt_at = 0.0
        # replies to requests still outstanding (RUN), kept by seq while
        # other requests are made: a frame or an ERROR
        self._outstanding: set[int] = set()
        self._kept: dict[int, object] = {}

    # -- life -------------------------------------------------------------------------
    def start(self, timeout: float = 60.0) -> None:
        t0 = time.perf_counter()
        self.dir = private_runtime_dir()
        sock, qmp = self.dir / "control.sock", self.dir / "qmp.sock"
        extra = qemu_channel_args(sock) + qmp_args(qmp)
        cmd = qemu_command(self.image, self.accel, self.memory_mb, cmdline=encode_cmdline(["robur"]),
                           extra_args=extra)
        # its own process group: the terminal's Ctrl-C goes to robur, which
        # turns it into an interrupt of the phrase, never to QEMU
        self.proc = _spawn(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, start_new_session=True)
        self.started_at = time.monotonic()
        self._pump(self.proc.stdout, self._console)   # type: ignore[arg-type]
        self._pump(self.proc.stderr, self._stderr)    # type: ignore[arg-type]
        try:
            self.ch = Channel.connect(sock, timeout=timeout)
            self.ch.hello(timeout=timeout)
        except (ChannelError, OSError) as e:
            self._died(f"the VM did not start ({e})")
        self.timing.boot_s = time.perf_counter() - t0

    def _pump(self, stream, sink: Callable[[bytes], None]) -> None:
        def run() -> None:
            while True:
                data = os.read(stream.fileno(), 65536)
                if not data:
                    return
                sink(data)
        t = threading.Thread(target=run, daemon=True)
        t.start()
        self._threads.append(t)

    def _console(self, data: bytes) -> None:
        with self._console_lock:
            out = self.console_filter.feed(data)
        if out and self.on_console is not None:
            self.on_console(out)

    def _stderr(self, data: bytes) -> None:
        self._stderr_tail = (self._stderr_tail + data)[-4000:]

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None and self.ch is not None \
            and not self.ch.closed

    @property
    def uptime_s(self) -> float:
        return time.monotonic() - self.started_at if self.started_at else 0.0

    def _died(self, what: str) -> None:
        """Raise MachineError with QEMU's last words; the machine is over."""
        detail = ""
        if self.proc is not None:
            try:
                self.proc.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                pass
            for t in self._threads:
                t.join(timeout=0.5)
            detail = self._stderr_tail.decode("utf-8", "replace").strip()
            if self.proc.returncode is not None and self.proc.returncode < 0:
                detail = (detail + f"\n(QEMU was killed by signal {-self.proc.returncode})").strip()
        status = self.proc.returncode if self.proc is not None else None
        self.close()
        if status is not None and status > 0:
            try:
                code, panicked = decode_status(status, self.console_filter.get("exit"))
            except VMError:
                raise MachineError(what, detail) from None
            raise MachineExited(code, panicked, detail)
        raise MachineError(what, detail)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Ask the VM to stop; kill QEMU if it does not."""
        if self.alive:
            try:
                self.ch.shutdown(0, timeout=timeout)    # type: ignore[union-attr]
            except (ChannelError, OSError):
                pass
        if self.proc is not None:
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.close()

    def kill(self) -> None:
        """Stop QEMU at once (tests of the recovery path; a stuck VM)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def close(self) -> None:
        if self.ch is not None:
            self.ch.close()
        if self._qmp is not None:
            self._qmp.close()
            self._qmp = None
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> "Machine":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    # -- requests ----------------------------------------------------------------------
    def _channel(self) -> Channel:
        if not self.alive:
            self._died("the VM is not running")
        return self.ch   # type: ignore[return-value]

    def load(self, unit: str, obj: bytes, timeout: float = 60.0):
        """Link a unit into the VM and run its initialiser (LOAD_MODULE);
        returns loader_proto.LoadReply.  A refused object raises RemoteError."""
        from .loader_proto import decode_load_reply, encode_load
        f = self._request(Kind.LOAD_MODULE, encode_load(unit, obj), {Kind.LOAD_REPLY}, None, timeout)
        return decode_load_reply(f.payload)

    def eval(self, unit: str, obj: bytes, on_output: Optional[OutputSink] = None,
             max_depth: int = 20000, max_nodes: int = 20000, max_bytes: int = 1 << 20,
             timeout: Optional[float] = None, on_trace: Optional[Callable[[object], None]] = None):
        """Link a phrase's unit, run it and bring back its module block
        (eval_proto.EvalResult) or the exception it raised
        (eval_proto.EvalException).  Output the code writes arrives first,
        through ``on_output``.  Ctrl-C (KeyboardInterrupt) while it runs
        interrupts the phrase in the VM; the EvalException then holds
        Sys.Break.  ``timeout`` None waits as long as the code runs.
        ``on_trace`` receives the #trace events (eval_proto.TraceFrame) in
        order with the output (docs/protocol.md, "Tracing")."""
        from .eval_proto import decode_exception, decode_result, encode_eval
        payload = encode_eval(unit, obj, capture=on_output is not None, max_depth=max_depth,
                              max_nodes=max_nodes, max_bytes=max_bytes)
        f = self._request(Kind.EVAL, payload, {Kind.RESULT, Kind.EXCEPTION}, on_output, timeout, on_trace)
        return decode_result(f.payload) if f.kind == Kind.RESULT else decode_exception(f.payload)

    def stats(self, timeout: float = 10.0):
        from .protocol import decode_stats
        try:
            f = self._request(Kind.STATS, b"", {Kind.STATS_REPLY}, None, timeout)
            return decode_stats(f.payload)
        except (ChannelError, OSError) as e:
            self._died(f"the VM stopped answering ({e})")

    def ping(self, payload: bytes = b"", timeout: float = 10.0) -> bytes:
        return self._request(Kind.PING, payload, {Kind.PONG}, None, timeout).payload

    # -- robur dev: a running program (docs/protocol.md, "Running and reloading") ----
    def run(self, unit: str, obj: bytes) -> int:
        """Start a program's main unit (RUN): the VM links it (a refused
        object: RemoteError from run_result) and runs its initialiser at top
        level.  Returns the RUN's seq at once; its reply comes when the
        initialiser returns or raises (run_result)."""
        from .reload_proto import encode_run
        ch = self._channel()
        try:
            seq = ch.send(Kind.RUN, encode_run(unit, obj), timeout=60.0)
        except (ChannelError, OSError) as e:
            self._died(f"the VM stopped answering ({e})")
        self._outstanding.add(seq)
        return seq

    def run_result(self, seq: int, timeout: Optional[float] = None):
        """The RUN's reply (loader_proto.LoadReply: status 1 with the
        exception, e.g. Robur.Restart), or None if it has not come within
        ``timeout`` (0: only what has arrived; None: wait for it).  A
        refused RUN raises RemoteError."""
        from .reload_proto import decode_run_reply
        deadline = None if timeout is None else time.monotonic() + timeout
        while seq not in self._kept:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                if timeout == 0:   # take what has already arrived, without waiting
                    while seq not in self._kept and self._drain(0.0):
                        pass
                    if seq in self._kept:
                        break
                return None
            self._drain(INTERRUPT_REPEAT_S if left is None else min(left, INTERRUPT_REPEAT_S))
        self._outstanding.discard(seq)
        f = self._kept.pop(seq)
        if isinstance(f, RemoteError):
            raise f
        return decode_run_reply(f.payload)   # type: ignore[attr-defined]

    def _drain(self, wait: float) -> bool:
        """Receive one frame, waiting at most ``wait`` s, keeping replies to
        outstanding requests (other frames are dropped, ERRORs recorded).
        False when none came."""
        ch = self._channel()
        try:
            f = ch.receive(timeout=max(wait, 0.001))
        except ChannelTimeout:
            if self.proc is not None and self.proc.poll() is not None:
                self._died("the VM exited")
            return False
        except (ChannelError, OSError) as e:
            self._died(f"the VM stopped ({e})")
        if not self._keep(f) and f.kind == Kind.ERROR:
            ch.errors.append((f.seq, decode_error(f.payload)))
        return True

    def _keep(self, f) -> bool:
        """Store a frame answering an outstanding request; True if it did."""
        if f.seq not in self._outstanding:
            return False
        if f.kind == Kind.ERROR:
            self._kept[f.seq] = RemoteError(decode_error(f.payload), f.seq)
        elif f.kind not in (Kind.CONSOLE_OUTPUT, Kind.TRACE):
            self._kept[f.seq] = f
        return True

    def reload(self, units: list[tuple[str, bytes, list[int]]], timeout: float = 60.0):
        """Replace loaded units, all or nothing (RELOAD): ``[(unit, obj,
        keep_indexes), ...]`` in initialisation order.  Returns
        reload_proto.ReloadReply; a refused batch raises RemoteError.  While
        a program runs, the VM answers from inside its Robur.sleep."""
        from .reload_proto import decode_reload_reply, encode_reload
        f = self._request(Kind.RELOAD, encode_reload(units), {Kind.RELOAD_REPLY}, None, timeout)
        return decode_reload_reply(f.payload)

    def restart(self, timeout: float = 10.0) -> None:
        """Make the running program's Robur.sleep raise Robur.Restart
        (RESTART; answered at once, nothing happens without a program).  Its
        RUN_REPLY then reports the exception (run_result)."""
        self._request(Kind.RESTART, b"", {Kind.RESTART_REPLY}, None, timeout)

    def _request(self, kind: int, payload: bytes, answers: set[int], on_output: Optional[OutputSink],
                 timeout: Optional[float], on_trace: Optional[Callable[[object], None]] = None):
        ch = self._channel()
        try:
            seq = ch.send(kind, payload, timeout=60.0)
        except (ChannelError, OSError) as e:
            self._died(f"the VM stopped answering ({e})")
        deadline = None if timeout is None else time.monotonic() + timeout
        self._interrupt_at = 0.0
        last_nmi = 0.0
        while True:
            try:
                f = ch.receive(timeout=INTERRUPT_REPEAT_S)
            except ChannelTimeout:
                if self.proc is not None and self.proc.poll() is not None:
                    self._died("the VM exited")
                now = time.monotonic()
                if deadline is not None and now > deadline:
                    raise MachineError(f"no answer from the VM within {timeout} s") from None
                if self._interrupt_at and now - last_nmi >= INTERRUPT_REPEAT_S:
                    if now - self._interrupt_at > INTERRUPT_GIVE_UP_S:
                        self.kill()
                        self._died("the VM did not answer the interrupt")
                    self.interrupt()
                    last_nmi = now
                continue
            except KeyboardInterrupt:
                # a SIGINT that the front door did not route to
                # request_interrupt: same effect
                self.request_interrupt()
                continue
            except (ChannelError, OSError) as e:
                self._died(f"the VM stopped ({e})")
            if f.seq != seq and self._keep(f):
                continue
            if f.kind == Kind.CONSOLE_OUTPUT and on_output is not None:
                from .eval_proto import decode_console
                fd, data = decode_console(f.payload)
                on_output(fd, data)
                continue
            if f.kind == Kind.TRACE:
                if on_trace is not None and f.seq == seq:
                    from .eval_proto import EvalError, decode_trace
                    try:
                        ev = decode_trace(f.payload)
                    except EvalError:      # a malformed frame: dropped
                        continue
                    on_trace(ev)
                continue
            if f.kind == Kind.ERROR:
                err = decode_error(f.payload)
                if f.seq == seq:
                    raise RemoteError(err, seq)
                ch.errors.append((f.seq, err))
                continue
            if f.seq == seq and f.kind in answers:
                return f

    def request_interrupt(self) -> None:
        """Interrupt the phrase being evaluated, from a signal handler: the
        waiting loop sends the NMIs (async-signal-safe: one assignment)."""
        if not self._interrupt_at:
            self._interrupt_at = time.monotonic()

    def interrupt(self) -> None:
        """Ask the running phrase to stop (an NMI through QMP)."""
        if self.dir is None or self.proc is None or self.proc.poll() is not None:
            return
        try:
            if self._qmp is None:
                from .qmp import QMP
                self._qmp = QMP.connect(self.dir / "qmp.sock")
            self._qmp.inject_nmi()
        except (OSError, RuntimeError):
            self._qmp = None
