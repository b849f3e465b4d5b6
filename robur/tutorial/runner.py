"""Running tutorial steps and checking what they print.

Steps run in the tutorial's working directory (a copy of ``examples/``, so
readers and tests never touch the repository), with robur's own ``bin`` first
on PATH and ``NO_COLOR=1`` so output is plain.  Shell commands run under bash;
toplevel phrases run in one toplevel session per tutorial (an in-process
``robur.repl.toplevel.Toplevel`` on one live VM, as ``robur repl`` runs
them), so definitions carry over between blocks and steps; each phrase's
output is captured on its own.  A ``terminal=`` command (``robur dev``)
runs in the background (``Background``) across steps: its output is read
as it comes, and each later block of that terminal waits for its lines.
``Workspace.close`` stops those programs and shuts the toplevel's VM down.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .format import Action, Command, Tutorial
from .match import Mismatch, compare, match_prefix

ROOT = Path(__file__).resolve().parents[2]
COMMAND_TIMEOUT = 300
OUTPUT_TIMEOUT = 60.0         # how long a terminal= block waits for its lines (timeout= changes it)
STOP_TIMEOUT = 20.0           # how long a background program gets to end after Ctrl-C


@dataclass
class CommandResult:
    command: Command
    output: list[str]
    mismatch: Mismatch | None
    status: int = 0


@dataclass
class ActionResult:
    action: Action
    commands: list[CommandResult] = field(default_factory=list)
    error: str | None = None      # a file/diff action that could not be applied
    note: str | None = None       # said with a difference (a background program that ended)

    @property
    def ok(self) -> bool:
        return self.error is None and all(c.mismatch is None for c in self.commands)


def _child_setup() -> None:
    """In a background program's process, before exec: die with robur
    (PR_SET_PDEATHSIG; the thread that forks must live as long as robur:
    the main thread does), and take SIGINT as a terminal's Ctrl-C even when
    robur was started with SIGINT ignored (a shell's background job), since
    an ignored signal stays ignored across exec and ``stop`` relies on it."""
    libc = _LIBC[0] if _LIBC else None          # loaded by the parent: no import after fork
    if libc is not None:
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)     # PR_SET_PDEATHSIG
        libc.signal(int(signal.SIGINT), 0)               # SIG_DFL


_LIBC: list = []


def _load_libc() -> None:
    if not _LIBC:
        try:
            import ctypes
            _LIBC.append(ctypes.CDLL(None, use_errno=True))
        except OSError:
            _LIBC.append(None)


class Background:
    """A command that keeps running across steps (a ``terminal=`` block):
    bash runs it in a session of its own, in the working directory; a
    thread reads its output (stdout and stderr together) line by line.
    ``expect`` consumes the lines a block shows; ``stop`` ends it as a
    reader would, with Ctrl-C (SIGINT to its process group), and kills the
    group if it does not end.  The process gets PR_SET_PDEATHSIG (as QEMU
    does, robur.vm.machine), so it dies with robur even when robur is
    killed; ``robur dev``'s QEMU in turn dies with it.  Started from the
    main thread only (PR_SET_PDEATHSIG follows the thread that forked)."""

    def __init__(self, command: str, cwd: Path, env: dict[str, str]):
        self.command = command
        self.lines: list[str] = []            # complete lines printed so far
        self.partial = b""                    # the line being printed
        self.pos = 0                          # lines consumed by the blocks so far
        self.ended = False
        self._cond = threading.Condition()
        _load_libc()
        # bash runs a single command by exec: the program itself is then
        # the process that has PR_SET_PDEATHSIG
        self.proc = subprocess.Popen(["bash", "-c", command], cwd=cwd, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     start_new_session=True, preexec_fn=_child_setup)
        self._reader = threading.Thread(target=self._read, name="tutorial-terminal", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        fd = self.proc.stdout.fileno()         # type: ignore[union-attr]
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b""
            with self._cond:
                if not data:
                    self.ended = True
                    self._cond.notify_all()
                    return
                *complete, self.partial = (self.partial + data).split(b"\n")
                self.lines.extend(l.decode("utf-8", "replace").rstrip("\r") for l in complete)
                self._cond.notify_all()

    @property
    def running(self) -> bool:
        return self.proc.poll() is None

    def expect(self, expected: list[str], timeout: float) -> tuple[list[str], Mismatch | None]:
        """Wait until the lines printed since the last block match
        ``expected`` (match_prefix), at most ``timeout`` seconds; the lines
        they matched (or all those printed, on a difference) and the
        difference."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                final = self.ended or time.monotonic() >= deadline
                seen = self.lines[self.pos:]
                if final and self.partial:
                    seen = seen + [self.partial.decode("utf-8", "replace")]
                m = match_prefix(expected, seen)
                if m.consumed is not None:
                    self.pos += m.consumed
                    return seen[:m.consumed], None
                if final or not m.waiting:
                    self.pos = len(self.lines)
                    return seen, m.mismatch
                self._cond.wait(max(0.0, min(1.0, deadline - time.monotonic())))

    def stop(self) -> None:
        if self.running:
            try:
                os.killpg(self.proc.pid, signal.SIGINT)
                self.proc.wait(timeout=STOP_TIMEOUT)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.running:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            self.proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                if f is not None:
                    f.close()
            except OSError:
                pass
        self._reader.join(timeout=5)

    def status_note(self) -> str | None:
        """Why the output stopped, when the program ended."""
        rc = self.proc.poll()
        if rc is None and self.ended:          # its output closed: it is ending
            try:
                rc = self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        if rc is None:
            return None
        if rc < 0:
            return f"(`{self.command}` was killed by signal {-rc})"
        return f"(`{self.command}` exited with status {rc})"


class Workspace:
    """Where a tutorial's steps run."""

    def __init__(self, directory: Path):
        self.dir = directory
        self.phrases: list[str] = []          # the phrases run so far, in order
        self._top = None                      # the toplevel session, started by the first phrase
        self._captured: list[str] = []
        self.terminals: dict[str, Background] = {}   # the programs started by terminal= blocks

    def close(self) -> None:
        """Stop the background programs, and shut the toplevel's VM down
        (if a phrase started one)."""
        self.stop_terminals()
        top, self._top = self._top, None
        if top is not None:
            try:
                top.close()
            except Exception:
                pass

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @classmethod
    def fresh(cls, directory: Path) -> "Workspace":
        if directory.exists():
            shutil.rmtree(directory)
        directory.mkdir(parents=True)
        examples = ROOT / "examples"
        if examples.is_dir():
            shutil.copytree(examples, directory / "examples")
        return cls(directory)

    def prepare(self) -> None:
        """Compile the Stdlib units (and the REPL's live image) into the
        build cache before the first step, as any earlier use of robur
        would have: a step's output is then what robur prints every time,
        without the one-time "robur: compiling the stdlib..." note that the
        first build after a change of robur prints.  Best effort: a failure
        here shows up in the steps themselves."""
        try:
            from ..driver.build import Builder
            Builder(quiet=True).live_image()
        except Exception:
            pass

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        bindir = str(Path(sys.executable).parent)
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
        env["NO_COLOR"] = "1"
        env["ROBUR_ROOT"] = str(ROOT)
        env.pop("PYTHONPATH", None)
        return env

    # -- actions -------------------------------------------------------------------
    def stop_terminals(self) -> None:
        terminals, self.terminals = self.terminals, {}
        for bg in terminals.values():
            bg.stop()

    def start_terminal(self, action: Action) -> Background:
        """Start a terminal= block's command (stopping what ran in that
        terminal), without waiting for its output: resuming a tutorial."""
        old = self.terminals.pop(action.terminal, None)
        if old is not None:
            old.stop()
        bg = Background(action.commands[0].text, self.dir, self.env())
        self.terminals[action.terminal] = bg
        return bg

    def _terminal(self, action: Action) -> ActionResult:
        if action.kind == "start":
            bg = self.start_terminal(action)
        else:
            found = self.terminals.get(action.terminal)
            if found is None:
                return ActionResult(action, error=f"nothing runs in terminal {action.terminal!r}")
            bg = found
        command = action.commands[0]
        t0 = time.monotonic()
        out, mismatch = bg.expect(command.expected, action.timeout or OUTPUT_TIMEOUT)
        note = None
        if mismatch is not None:
            note = bg.status_note()
            if note is None and mismatch.actual is None:
                note = f"(waited {time.monotonic() - t0:.0f} s for more output)"
        return ActionResult(action, [CommandResult(command, out, mismatch)], note=note)

    def run(self, action: Action) -> ActionResult:
        if action.kind == "sh":
            return ActionResult(action, [self._shell(c) for c in action.commands])
        if action.kind in ("start", "output"):
            return self._terminal(action)
        if action.kind == "repl":
            return ActionResult(action, self._repl(action.commands))
        if action.kind == "file":
            target = self._target(action.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(action.body)
            return ActionResult(action)
        if action.kind == "diff":
            try:
                target = self._target(action.path)
                target.write_text(apply_diff(target.read_text(), action.body))
            except (OSError, DiffError) as e:
                return ActionResult(action, error=f"cannot apply the change to {action.path}: {e}")
            return ActionResult(action)
        return ActionResult(action)

    def expected_file(self, action: Action) -> str | None:
        """What the file of a file/diff action must contain after the step
        (to check an edit the reader made themself)."""
        if action.kind == "file":
            return action.body
        if action.kind == "diff":
            # made already when the diff applies backwards to the file
            try:
                text = self._target(action.path).read_text()
                apply_diff(text, reverse_diff(action.body))
                return text
            except (OSError, DiffError):
                return None
        return None

    def _target(self, path: str) -> Path:
        target = (self.dir / path).resolve()
        if self.dir.resolve() not in target.parents and target != self.dir.resolve():
            raise DiffError(f"{path} is outside the tutorial's directory")
        return target

    def _shell(self, command: Command) -> CommandResult:
        try:
            r = subprocess.run(["bash", "-c", command.text], cwd=self.dir, env=self.env(),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               timeout=COMMAND_TIMEOUT, stdin=subprocess.DEVNULL)
            out = r.stdout.decode("utf-8", "replace").split("\n")
            status = r.returncode
        except subprocess.TimeoutExpired:
            out, status = [f"(no answer after {COMMAND_TIMEOUT} s)"], -1
        return CommandResult(command, out, compare(command.expected, out), status)

    def _repl(self, commands: list[Command]) -> list[CommandResult]:
        """Each phrase's output, from the tutorial's one toplevel session."""
        results = []
        for command in commands:
            out = self._phrase(command.text)
            self.phrases.append(command.text)
            results.append(CommandResult(command, out, compare(command.expected, out)))
        return results

    def replay(self, commands: list[Command]) -> None:
        """Run phrases without showing their output (resuming a tutorial:
        the earlier steps' definitions)."""
        for command in commands:
            self._phrase(command.text)
            self.phrases.append(command.text)

    def _toplevel(self):
        if self._top is None:
            from ..repl.toplevel import Toplevel
            self._top = Toplevel(self._start_machine, self._capture, self._capture, self._capture_program)
        return self._top

    def _start_machine(self):
        from ..repl.app import start_machine
        from ..vm.qemu import choose_accel
        return start_machine(choose_accel(None, quiet=True), 256, True)

    def _interrupt(self) -> None:
        machine = getattr(self._top, "machine", None)
        if machine is not None:
            machine.request_interrupt()

    def _capture(self, text: str) -> None:
        self._captured.append(text)

    def _capture_program(self, fd: int, data: bytes) -> None:
        self._captured.append(data.decode("latin-1"))

    def _phrase(self, text: str) -> list[str]:
        """One phrase's output, as `ocaml` prints it (the phrase is run in
        the working directory, so ``#use "f.ml"`` finds the tutorial's files)."""
        from ..repl.toplevel import Quit
        top = self._toplevel()
        self._captured = []
        source = text.encode("utf-8").decode("latin-1")    # robur source text: one char per byte
        cwd = os.getcwd()
        os.chdir(self.dir)
        # a phrase that does not end is interrupted (Ctrl-C), as it would be
        # by its reader: the toplevel then prints "Interrupted."
        timer = threading.Timer(COMMAND_TIMEOUT, self._interrupt)
        timer.daemon = True
        timer.start()
        try:
            top.execute(source)
        except Quit:
            self.close()
        except Exception as e:         # a robur bug: said as a difference, not a traceback
            self._captured.append(f"robur: internal error: {type(e).__name__}: {e}\n")
        finally:
            timer.cancel()
            os.chdir(cwd)
        text_out = "".join(self._captured).encode("latin-1", "replace").decode("utf-8", "replace")
        self._captured = []
        lines = text_out.split("\n")
        while lines and not lines[-1]:
            lines.pop()
        return lines


def check(tutorial: Tutorial, workdir: Path) -> list[tuple[int, list[ActionResult]]]:
    """Run every step; the results of each (step index, action results)."""
    out = []
    with Workspace.fresh(workdir) as ws:
        ws.prepare()
        for i, step in enumerate(tutorial.steps):
            out.append((i, [ws.run(a) for a in step.actions]))
    return out


# -- unified diffs ---------------------------------------------------------------

class DiffError(Exception):
    pass


def reverse_diff(diff: str) -> str:
    """The diff that undoes ``diff``."""
    out = []
    for line in diff.split("\n"):
        if line.startswith("@@"):
            words = line.split()
            if len(words) >= 3 and words[1].startswith("-") and words[2].startswith("+"):
                words[1], words[2] = "-" + words[2][1:], "+" + words[1][1:]
            out.append(" ".join(words))
        elif line.startswith("---") or line.startswith("+++"):
            out.append(line)
        elif line.startswith("+"):
            out.append("-" + line[1:])
        elif line.startswith("-"):
            out.append("+" + line[1:])
        else:
            out.append(line)
    return "\n".join(out)


def apply_diff(text: str, diff: str) -> str:
    """Apply a unified diff (``@@ -a,b +c,d @@`` hunks) to ``text``; every
    context and removed line must match, or DiffError says where not."""
    lines = text.split("\n")
    out: list[str] = []
    pos = 0
    hunk_lines = diff.split("\n")
    k = 0
    while k < len(hunk_lines):
        h = hunk_lines[k]
        if h.startswith(("---", "+++")) or not h.strip():
            k += 1
            continue
        if not h.startswith("@@"):
            raise DiffError(f"expected a hunk header (@@ ... @@), found {h!r}")
        try:
            old_start = int(h.split()[1].split(",")[0].lstrip("-"))
        except (IndexError, ValueError):
            raise DiffError(f"bad hunk header {h!r}") from None
        start = max(old_start - 1, 0)
        if start < pos:
            raise DiffError("hunks overlap or are out of order")
        out.extend(lines[pos:start])
        pos = start
        k += 1
        while k < len(hunk_lines) and not hunk_lines[k].startswith("@@"):
            d = hunk_lines[k]
            if d.startswith("+"):
                out.append(d[1:])
            elif d.startswith(("-", " ")) or d == "":
                want = d[1:] if d else ""
                if pos >= len(lines) or lines[pos] != want:
                    got = lines[pos] if pos < len(lines) else "end of file"
                    if d == "" and k == len(hunk_lines) - 1:
                        break
                    raise DiffError(f"line {pos + 1} is {got!r}, the change expects {want!r}")
                if d.startswith(" ") or d == "":
                    out.append(lines[pos])
                pos += 1
            elif d.startswith("\\"):
                pass   # "\ No newline at end of file"
            else:
                raise DiffError(f"unexpected line in a hunk: {d!r}")
            k += 1
    out.extend(lines[pos:])
    return "\n".join(out)
