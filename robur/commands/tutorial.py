"""``robur tutorial``: list, walk through, or check the tutorials."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from ..tutorial.format import Tutorial, TutorialError, discover
from ..tutorial.progress import Progress, state_dir
from ..tutorial.render import Renderer
from ..tutorial.runner import ROOT, Workspace, check

HELP_KEYS = "Enter: run this step   m: I'll do it myself   b: back   q: quit   (a letter, then Enter)"


def tutorials_dir() -> Path:
    import os
    return Path(os.environ.get("ROBUR_TUTORIALS", ROOT / "tutorials"))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="robur tutorial", description="Tutorials that run step by step.")
    ap.add_argument("name", nargs="?", help="the tutorial to follow (a number or a name); none lists them")
    ap.add_argument("--check", action="store_true", help="run every step without stopping; fail on any difference (NAME or all)")
    ap.add_argument("--restart", action="store_true", help="start again from the first step")
    args = ap.parse_args(argv)
    _exit_on_signals()
    try:
        tutorials = discover(tutorials_dir())
    except TutorialError as e:
        print(f"robur tutorial: {e}", file=sys.stderr)
        return 2
    progress = Progress()
    if args.check:
        chosen = tutorials if args.name in (None, "all") else [_find(tutorials, args.name)]
        if None in chosen:
            return _unknown(args.name, tutorials)
        return _check(chosen)  # type: ignore[arg-type]
    if args.name is None:
        return _list(tutorials, progress)
    tutorial = _find(tutorials, args.name)
    if tutorial is None:
        return _unknown(args.name, tutorials)
    return _walk(tutorial, progress, args.restart)


def _exit_on_signals() -> None:
    """SIGTERM and SIGHUP (a closed terminal) end robur tutorial as Ctrl-C
    does, through the ``finally`` that stops the tutorial's background
    programs and VMs."""
    import signal

    def leave(signum, frame):
        raise SystemExit(128 + signum)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        try:
            signal.signal(sig, leave)
        except (ValueError, OSError):      # not the main thread
            pass


def _prompt(action) -> str:
    """How a command is shown in a report: as the reader types it."""
    if action.kind == "sh":
        return "$ "
    if action.kind == "start":
        return f"[second terminal '{action.terminal}'] $ "
    if action.kind == "output":
        return f"[second terminal '{action.terminal}']"
    return "# "


def _show_result(out: Renderer, result) -> None:
    for c in result.commands:
        out.write(f"    {_prompt(result.action)}{c.command.text}")
        tail = 12 if result.action.kind in ("start", "output") else None
        out.result(c.command, c.output, c.mismatch, tail=tail)
    if result.note and not result.ok:
        out.write(f"      {result.note}")


def _find(tutorials: list[Tutorial], name: str) -> Tutorial | None:
    for t in tutorials:
        if name in (t.name, t.name.split("-", 1)[0], t.name.split("-", 1)[-1]) or name.lstrip("0") == t.name.split("-", 1)[0].lstrip("0"):
            return t
    return None


def _unknown(name: str, tutorials: list[Tutorial]) -> int:
    print(f"robur tutorial: no tutorial named '{name}'. Run `robur tutorial` to list them.", file=sys.stderr)
    return 2


def _list(tutorials: list[Tutorial], progress: Progress) -> int:
    if not tutorials:
        print("No tutorials yet.")
        return 0
    width = max(len(t.name) for t in tutorials)
    for t in tutorials:
        done = progress.step(t.name)
        state = "done" if done >= len(t.steps) else (f"{done}/{len(t.steps)} steps" if done else "not started")
        print(f"  {t.name:<{width}}  {t.title}  ({state})")
    print("\nStart one with `robur tutorial NAME`.")
    return 0


def _check(tutorials: list[Tutorial]) -> int:
    out = Renderer()
    failures = 0
    for t in tutorials:
        out.title(f"{t.name}: {t.title}")
        with tempfile.TemporaryDirectory(prefix="robur-tutorial-") as tmp:
            for index, results in check(t, Path(tmp) / "work"):
                step = t.steps[index]
                bad = [r for r in results if not r.ok]
                mark = "✓" if not bad else "✗"
                out.write(f"  {mark} step {index + 1}: {step.title}")
                for r in bad:
                    if r.error:
                        out.write(f"      {r.error}")
                    for c in r.commands:
                        if c.mismatch is not None:
                            out.write(f"      {_prompt(r.action)}{c.command.text}")
                            out.result(c.command, c.output, c.mismatch)
                    if r.note:
                        out.write(f"      {r.note}")
                failures += bool(bad)
    out.write(f"{failures} step(s) differ" if failures else "all steps as expected")
    return 1 if failures else 0


def _walk(t: Tutorial, progress: Progress, restart: bool) -> int:
    out = Renderer()
    workdir = state_dir() / "tutorial" / t.name
    done = progress.step(t.name)
    # a finished tutorial starts over, in a fresh working directory (what
    # its steps made the first time would differ from what they expect)
    index = 0 if restart or done >= len(t.steps) else done
    if index == 0 or not workdir.exists():
        ws = Workspace.fresh(workdir)
        index = 0
    else:
        ws = Workspace(workdir)
    try:
        _prepare(ws, out)
        if index > 0:
            out.write(f"Resuming {t.title} at step {index + 1} of {len(t.steps)} (`--restart` starts over).")
            if any(a.kind == "start" for step in t.steps[:index] for a in step.actions):
                out.write("(the programs of the earlier steps start again from their beginning: "
                          "their state, such as a count, starts afresh)")
            # the toplevel's definitions from the steps already done
            earlier = [c for step in t.steps[:index] for a in step.actions if a.kind == "repl" for c in a.commands]
            if earlier:
                out.write(f"(running the {len(earlier)} toplevel phrase(s) of the earlier steps again...)")
                ws.replay(earlier)
            # the programs the earlier steps left running in other terminals
            started = {a.terminal: a for step in t.steps[:index] for a in step.actions if a.kind == "start"}
            for a in started.values():
                out.write(f"(starting `{a.commands[0].text}` again, in terminal `{a.terminal}`...)")
                ws.start_terminal(a)
        return _steps(t, progress, out, ws, workdir, index, _next(t))
    finally:
        ws.close()


def _prepare(ws: Workspace, out: Renderer) -> None:
    """Get robur's build cache ready; say so when it takes a while (the
    first time after robur changed: the Stdlib is compiled then)."""
    import threading
    slow = threading.Timer(3.0, out.write, ("(getting robur ready: compiling its standard library, once...)",))
    slow.daemon = True
    slow.start()
    try:
        ws.prepare()
    finally:
        slow.cancel()


def _next(t: Tutorial) -> Tutorial | None:
    try:
        tutorials = discover(tutorials_dir())
    except TutorialError:
        return None
    later = [u for u in tutorials if u.name > t.name]
    return later[0] if later else None


def _steps(t: Tutorial, progress: Progress, out: Renderer, ws: Workspace, workdir: Path, index: int,
           following: Tutorial | None) -> int:
    out.title(t.title)
    if t.intro and index == 0:
        out.write(t.intro)
    out.write(f"(working directory: {workdir})")
    while 0 <= index < len(t.steps):
        step = t.steps[index]
        out.write()
        out.title(f"Step {index + 1}/{len(t.steps)}: {step.title}")
        for part in step.parts:
            if isinstance(part, str):
                out.write(part)
            else:
                out.action(part)
        key = _ask(out, HELP_KEYS)
        if key == "q":
            progress.set(t.name, index)
            out.write(f"Stopped at step {index + 1}; `robur tutorial {t.name}` resumes here.")
            return 0
        if key == "b":
            index = max(0, index - 1)
            continue
        if key == "m":
            _ask(out, f"Do the step yourself in another terminal, in {workdir}, then press Enter.")
            if any(a.kind == "start" for a in step.actions):
                out.write("    (robur tutorial starts the program itself, to show you what it prints "
                          "at the next steps)")
        for action in step.actions:
            if key == "m" and action.kind in ("file", "diff"):
                expected = ws.expected_file(action)
                target = workdir / action.path
                if expected is not None and target.exists() and target.read_text() == expected:
                    out.write(f"    ✓ {action.path} is as the step says")
                    continue
                if expected is not None:
                    out.write(f"    {action.path} does not match the step yet; applying it for you.")
            result = ws.run(action)
            if result.error:
                out.write("    " + result.error)
            _show_result(out, result)
        index += 1
        progress.set(t.name, index)
    out.write()
    out.write(f"You finished {t.title}.")
    if following is not None:
        out.write(f"Next: `robur tutorial {following.name.split('-', 1)[0]}` ({following.title}).")
    return 0


def _ask(out: Renderer, prompt: str) -> str:
    out.write(prompt)
    try:
        return input("> ").strip().lower()
    except EOFError:
        return "q"
