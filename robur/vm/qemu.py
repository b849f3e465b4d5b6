"""The host side of a unikernel run: find QEMU, pick an accelerator, build the
command line, run an image and map QEMU's exit status back to the program's.

The guest/host contract (docs/runtime.md "Boot" and "Exit codes"):

* argv travels in the PVH command line (``-append``); leading ``robur.K=V``
  words are platform options (``robur.stats=1``), the rest is argv, quoted by
  :func:`encode_cmdline`.
* The console is COM1 on ``-serial stdio``: the program's stdout and stderr,
  byte for byte.  Lines that start with ``\\x01robur-`` are control lines from
  the platform (``robur-exit``, ``robur-stats``); they are stripped here.
* ``isa-debug-exit`` makes QEMU exit with ``(v << 1) | 1``: v = code + 1 for
  exit codes 0..124, v = 126 for a kernel panic, v = 127 for codes 125..255
  (the code itself arrives in a ``robur-exit`` control line).
"""
from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Mapping, Sequence

QEMU_BINARY = "qemu-system-x86_64"
QEMU_PACKAGE = "qemu-system-x86"
EXIT_PANIC = 125            # the host-visible status of a kernel panic
DEFAULT_MEMORY_MB = 128
# Under KVM the CPU is the host's, minus IA32_ARCH_CAPABILITIES: on the AMD
# hosts here QEMU 7.2 aborts setting that MSR ("failed to set MSR 0x10a").
KVM_CPU = "host,-arch-capabilities"
# Under TCG, every feature TCG emulates (qemu64, the default, lacks RDRAND).
TCG_CPU = "max"

_DEBUG_EXIT_PANIC = 126
_DEBUG_EXIT_BIG = 127
_CONTROL_PREFIX = b"\x01robur-"


class VMError(RuntimeError):
    """QEMU could not run the image (missing, bad arguments, killed)."""


class QemuNotFound(VMError):
    pass


class VMTimeout(VMError):
    def __init__(self, message: str, stdout: bytes) -> None:
        super().__init__(message)
        self.stdout = stdout


@dataclass
class BootStats:
    """TSC stamps taken by the platform: at its first instruction, just before
    rb_main, and at exit; tsc_khz converts them."""
    entry_tsc: int
    main_tsc: int
    exit_tsc: int
    tsc_khz: int

    def _us(self, ticks: int) -> float:
        return ticks * 1000.0 / self.tsc_khz if self.tsc_khz else 0.0

    @property
    def boot_us(self) -> float:
        """Guest time from the entry instruction to the program's first."""
        return self._us(self.main_tsc - self.entry_tsc)

    @property
    def run_us(self) -> float:
        """Guest time from the program's first instruction to its exit."""
        return self._us(self.exit_tsc - self.main_tsc)

    @classmethod
    def parse(cls, text: str) -> "BootStats":
        fields = dict(kv.split("=", 1) for kv in text.split() if "=" in kv)
        return cls(*(int(fields.get(k, "0")) for k in ("entry_tsc", "main_tsc", "exit_tsc", "tsc_khz")))


@dataclass
class RunResult:
    exit_code: int                 # the program's code, EXIT_PANIC after a panic
    stdout: bytes                  # console output minus control lines ('' when streamed)
    panicked: bool = False
    stats: BootStats | None = None
    wall_s: float = 0.0            # launch to exit, as seen by the host
    diagnostics: str = ""          # QEMU's own stderr
    controls: list[tuple[str, str]] = field(default_factory=list)


# --- finding QEMU and choosing the accelerator -------------------------------

def find_qemu() -> str:
    path = shutil.which(QEMU_BINARY)
    if path is None:
        raise QemuNotFound(
            f"{QEMU_BINARY} not found on PATH: install the Debian package "
            f"{QEMU_PACKAGE} (sudo apt-get install {QEMU_PACKAGE})")
    return path


def kvm_openable() -> bool:
    """/dev/kvm opens read-write for this user."""
    try:
        fd = os.open("/dev/kvm", os.O_RDWR | os.O_CLOEXEC)
    except OSError:
        return False
    os.close(fd)
    return True


def kvm_backend() -> str | None:
    """The loaded KVM module: "kvm_intel", "kvm_amd", "kvm_pvm" or None."""
    for name in ("kvm_intel", "kvm_amd", "kvm_pvm"):
        if Path("/sys/module", name).exists():
            return name
    return None


def kvm_usable() -> bool:
    """/dev/kvm opens and is backed by hardware virtualisation.  kvm_pvm
    (KVM without VT-x/SVM, as on the build machines) runs a non-PVM guest
    through KVM's instruction emulator: about 1 µs per instruction, and it
    stops with "emulation failure" on SSE instructions (pxor, movq to xmm),
    which float code needs.  TCG is faster and correct there."""
    return kvm_openable() and kvm_backend() != "kvm_pvm"


def choose_accel(requested: str | None = None, quiet: bool = False) -> str:
    """"kvm" or "tcg".  None means $ROBUR_ACCEL if set, else KVM when
    kvm_usable(), else TCG with a one-line note on stderr (unless quiet).
    Asking for "kvm" explicitly only needs /dev/kvm to open."""
    if requested is None:
        requested = os.environ.get("ROBUR_ACCEL") or None
    if requested == "tcg":
        return "tcg"
    if requested == "kvm":   # explicit: also kvm_pvm, for those who want it
        if not kvm_openable():
            raise VMError("KVM requested but /dev/kvm is not usable by this user")
        return "kvm"
    if requested not in (None, "auto"):
        raise VMError(f"unknown accelerator {requested!r} (kvm or tcg)")
    if kvm_usable():
        return "kvm"
    if not quiet:
        if kvm_openable():
            print("note: /dev/kvm is kvm_pvm (no hardware virtualisation: it emulates the guest "
                  "and cannot run SSE code); running under TCG", file=sys.stderr)
        else:
            user = os.environ.get("USER") or str(os.getuid())
            print(f"note: /dev/kvm not usable by {user}; running under TCG (slower)", file=sys.stderr)
    return "tcg"


# --- the command line ----------------------------------------------------------

def _quote(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace('"', '\\"')
    if not word or any(c in word for c in " \t\n\r"):
        return f'"{escaped}"'
    return escaped


def encode_cmdline(argv: Sequence[str], options: Mapping[str, str] | None = None) -> str:
    """The PVH command line for argv (argv[0] is the program name) and
    platform options {"stats": "1"} -> "robur.stats=1 prog arg..."."""
    words = [_quote(f"robur.{k}={v}") for k, v in (options or {}).items()]
    if argv and argv[0].startswith("robur."):
        raise ValueError("argv[0] must not start with 'robur.' (it would be read as an option)")
    words += [_quote(a) for a in argv]
    return " ".join(words)


def qemu_command(image: str | os.PathLike[str], accel: str, memory_mb: int = DEFAULT_MEMORY_MB,
                 machine: str = "microvm", cmdline: str = "",
                 extra_args: Sequence[str] = ()) -> list[str]:
    cmd = [find_qemu(), "-M", machine, "-accel", accel]
    cmd += ["-cpu", KVM_CPU if accel == "kvm" else TCG_CPU]
    cmd += ["-m", f"{memory_mb}M", "-nodefaults", "-no-user-config", "-display", "none",
            "-no-reboot",                    # a triple fault ends QEMU (status 0)
            "-serial", "stdio", "-device", "isa-debug-exit",
            "-kernel", os.fspath(image)]
    if cmdline:
        cmd += ["-append", cmdline]
    return cmd + list(extra_args)


# --- output filtering ------------------------------------------------------------

class ControlFilter:
    """Removes control lines from a byte stream fed in arbitrary chunks,
    holding back only a possible partial control line."""

    def __init__(self) -> None:
        self.pending = b""
        self.controls: list[tuple[str, str]] = []

    def feed(self, data: bytes) -> bytes:
        buf, out, i = self.pending + data, bytearray(), 0
        self.pending = b""
        while True:
            j = buf.find(b"\x01", i)
            if j < 0:
                out += buf[i:]
                break
            out += buf[i:j]
            rest = buf[j:]
            if len(rest) < len(_CONTROL_PREFIX) and _CONTROL_PREFIX.startswith(rest):
                self.pending = rest
                break
            if not rest.startswith(_CONTROL_PREFIX):
                out += b"\x01"
                i = j + 1
                continue
            nl = rest.find(b"\n")
            if nl < 0:
                self.pending = rest
                break
            name, _, value = rest[len(_CONTROL_PREFIX):nl].decode("latin-1").partition(" ")
            self.controls.append((name, value))
            i = j + nl + 1
        return bytes(out)

    def flush(self) -> bytes:
        rest, self.pending = self.pending, b""
        return rest

    def get(self, name: str) -> str | None:
        values = [v for n, v in self.controls if n == name]
        return values[-1] if values else None


def _stdin_arg(stdin: bytes | str | None) -> int | None:
    """Popen's stdin for run_*: bytes are fed through a pipe, "inherit" passes
    the caller's stdin (interactive runs), None gives /dev/null."""
    if stdin == "inherit":
        return None
    return subprocess.PIPE if isinstance(stdin, bytes) else subprocess.DEVNULL


def _pump(proc: subprocess.Popen[bytes], stdin: bytes | str | None, timeout: float | None,
          stream: BinaryIO | None, filt: ControlFilter) -> tuple[bytes, str, bool]:
    """Feeds stdin, collects stderr on threads; reads stdout here until EOF.
    Returns (stdout, stderr, timed_out)."""
    err_chunks: list[bytes] = []

    def read_err() -> None:
        if proc.stderr is not None:   # None when merged into stdout
            err_chunks.append(proc.stderr.read())

    def write_in() -> None:
        assert proc.stdin is not None
        try:
            proc.stdin.write(stdin if isinstance(stdin, bytes) else b"")
            proc.stdin.close()
        except OSError:
            pass

    threads = [threading.Thread(target=read_err, daemon=True)]
    if isinstance(stdin, bytes):
        threads.append(threading.Thread(target=write_in, daemon=True))
    for t in threads:
        t.start()
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    out = bytearray()
    deadline = None if timeout is None else time.monotonic() + timeout
    timed_out = False
    while True:
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            timed_out = True
            proc.kill()
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data = filt.feed(chunk)
        if stream is not None:
            stream.write(data)
            stream.flush()
        else:
            out += data
    tail = filt.flush()
    if stream is not None:
        stream.write(tail)
        stream.flush()
    else:
        out += tail
    proc.wait()
    for t in threads:
        t.join(timeout=5)
    return bytes(out), b"".join(err_chunks).decode("utf-8", "replace"), timed_out


def _stats(filt: ControlFilter) -> BootStats | None:
    text = filt.get("stats")
    return BootStats.parse(text) if text is not None else None


def symbolize(image: str | os.PathLike[str], output: bytes) -> bytes:
    """Appends "  function (file:line)" to each address line of a panic's
    register dump backtrace, using addr2line on the unstripped image.  Output
    without a backtrace, or addr2line missing, gives output unchanged."""
    lines = output.split(b"\n")
    try:
        start = lines.index(b"backtrace:") + 1
    except ValueError:
        return output
    idx = [i for i in range(start, len(lines)) if lines[i].strip().startswith(b"0x")]
    addrs = [lines[i].split()[0].decode() for i in idx]
    tool = shutil.which("addr2line")
    if not addrs or tool is None:
        return output
    proc = subprocess.run([tool, "-f", "-s", "-e", os.fspath(image), *addrs],
                          capture_output=True, text=True)
    out = proc.stdout.splitlines()
    if proc.returncode != 0 or len(out) != 2 * len(addrs):
        return output
    for k, i in enumerate(idx):
        fn, where = out[2 * k], out[2 * k + 1]
        lines[i] += f"  {fn} ({where})".encode()
    return b"\n".join(lines)


# --- running ---------------------------------------------------------------------

def decode_status(status: int, exit_control: str | None) -> tuple[int, bool]:
    """QEMU's exit status -> (program exit code, panicked)."""
    if status == 0:
        # -no-reboot turned a reset (triple fault) into a clean QEMU exit.
        return EXIT_PANIC, True
    if status & 1 and status >= 3:
        v = status >> 1
        if v == _DEBUG_EXIT_PANIC:
            return EXIT_PANIC, True
        if v == _DEBUG_EXIT_BIG:
            return (int(exit_control) if exit_control is not None else 255), False
        return v - 1, False
    raise VMError(f"QEMU failed (status {status})")


def run_image(image: str | os.PathLike[str], args: Sequence[str] = (), accel: str | None = None,
              memory_mb: int = DEFAULT_MEMORY_MB, stats: bool = False,
              timeout: float | None = None, *, machine: str = "microvm",
              stdin: bytes | str | None = None, stream: BinaryIO | None = None,
              options: Mapping[str, str] | None = None, quiet: bool = False,
              extra_args: Sequence[str] = ()) -> RunResult:
    """Boots image with argv = [image stem, *args] and waits for it to exit.
    stdin: bytes to type into the console, "inherit" for the caller's stdin,
    None for nothing.  With stream, console output goes there as it arrives
    (RunResult.stdout is then empty)."""
    accel = choose_accel(accel, quiet=quiet)
    opts = dict(options or {})
    if stats:
        opts["stats"] = "1"
    argv = [Path(image).stem, *args]
    cmd = qemu_command(image, accel, memory_mb, machine, encode_cmdline(argv, opts), extra_args)
    filt = ControlFilter()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=_stdin_arg(stdin), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out, err, timed_out = _pump(proc, stdin, timeout, stream, filt)
    wall = time.perf_counter() - t0
    if timed_out:
        raise VMTimeout(f"{image}: no exit after {timeout} s", out)
    try:
        code, panicked = decode_status(proc.returncode, filt.get("exit"))
    except VMError as e:
        raise VMError(f"{e}: {' '.join(cmd)}\n{err.strip()}") from None
    return RunResult(code, out, panicked, _stats(filt), wall, err, filt.controls)


def run_unix(executable: str | os.PathLike[str], args: Sequence[str] = (), stats: bool = False,
             timeout: float | None = None, *, stdin: bytes | str | None = None,
             stream: BinaryIO | None = None, options: Mapping[str, str] | None = None,
             memory_mb: int | None = None) -> RunResult:
    """Runs a unix-platform executable.  stderr shares stdout's pipe, as both
    share the serial port on pvh, so outputs compare byte for byte."""
    opts = dict(options or {})
    if stats:
        opts["stats"] = "1"
    if memory_mb is not None:
        opts["mem"] = str(memory_mb)
    env = dict(os.environ)
    env["ROBUR_OPTIONS"] = encode_cmdline([], opts)
    filt = ControlFilter()
    t0 = time.perf_counter()
    proc = subprocess.Popen([os.fspath(executable), *args], env=env,
                            stdin=_stdin_arg(stdin), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    out, _, timed_out = _pump(proc, stdin, timeout, stream, filt)
    wall = time.perf_counter() - t0
    if timed_out:
        raise VMTimeout(f"{executable}: no exit after {timeout} s", out)
    rc = proc.returncode
    if rc < 0:
        raise VMError(f"{executable} killed by signal {-rc}")
    return RunResult(rc, out, rc == EXIT_PANIC and b"robur: panic:" in out, _stats(filt), wall,
                     "", filt.controls)
