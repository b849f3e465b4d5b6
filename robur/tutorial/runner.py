"""Running tutorial steps and checking what they print.

Steps run in the tutorial's working directory (a copy of ``examples/``, so
readers and tests never touch the repository), with robur's own ``bin`` first
on PATH and ``NO_COLOR=1`` so output is plain.  Shell commands run under bash;
toplevel phrases run in one toplevel session per tutorial (an in-process
``robur.repl.toplevel.Toplevel`` on one live VM, as ``robur repl`` runs
them), so definitions carry over between blocks and steps; each phrase's
output is captured on its own.  ``Workspace.close`` shuts the VM down.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .format import Action, Command, Tutorial
from .match import Mismatch, compare

ROOT = Path(__file__).resolve().parents[2]
COMMAND_TIMEOUT = 300


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

    @property
    def ok(self) -> bool:
        return self.error is None and all(c.mismatch is None for c in self.commands)


class Workspace:
    """Where a tutorial's steps run."""

    def __init__(self, directory: Path):
        self.dir = directory
        self.phrases: list[str] = []          # the phrases run so far, in order
        self._top = None                      # the toplevel session, started by the first phrase
        self._captured: list[str] = []

    def close(self) -> None:
        """Shut the toplevel's VM down (if a phrase started one)."""
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
    def run(self, action: Action) -> ActionResult:
        if action.kind == "sh":
            return ActionResult(action, [self._shell(c) for c in action.commands])
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
