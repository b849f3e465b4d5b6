"""Running tutorial steps and checking what they print.

Steps run in the tutorial's working directory (a copy of ``examples/``, so
readers and tests never touch the repository), with robur's own ``bin`` first
on PATH and ``NO_COLOR=1`` so output is plain.  Shell commands run under bash;
toplevel phrases run in ``robur repl --no-prompt``, replaying the tutorial's
earlier phrases first so that definitions carry over between blocks.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
        self.phrases: list[str] = []

    @classmethod
    def fresh(cls, directory: Path) -> "Workspace":
        if directory.exists():
            shutil.rmtree(directory)
        directory.mkdir(parents=True)
        examples = ROOT / "examples"
        if examples.is_dir():
            shutil.copytree(examples, directory / "examples")
        return cls(directory)

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
        """Each phrase's output, from one toplevel run that replays earlier
        phrases first (their output is dropped)."""
        results = []
        for command in commands:
            before = self._toplevel(self.phrases)
            after = self._toplevel(self.phrases + [command.text])
            out = after[len(before):] if after[:len(before)] == before else after
            self.phrases.append(command.text)
            results.append(CommandResult(command, out, compare(command.expected, out)))
        return results

    def _toplevel(self, phrases: list[str]) -> list[str]:
        script = "".join(p + "\n" for p in phrases)
        r = subprocess.run(["robur", "repl", "--no-prompt"], input=script.encode(), cwd=self.dir,
                           env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=COMMAND_TIMEOUT)
        lines = r.stdout.decode("utf-8", "replace").split("\n")
        while lines and not lines[-1]:
            lines.pop()
        return lines


def check(tutorial: Tutorial, workdir: Path) -> list[tuple[int, list[ActionResult]]]:
    """Run every step; the results of each (step index, action results)."""
    ws = Workspace.fresh(workdir)
    out = []
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
