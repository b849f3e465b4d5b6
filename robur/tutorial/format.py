"""The tutorial format: Markdown with a small front matter.

    ---
    title: Hello, unikernel
    summary: robur run, what a unikernel is, --stats
    ---
    Introductory prose.

    ## Run it
    Prose for the step, then what the reader does and should see:

    ```sh
    $ robur run examples/hello.ml
    hello
    ```

Every ``## `` heading starts a step.  Code blocks are *actions* according to
their info string; other blocks are only shown:

- ``sh``: lines starting with ``$ `` are commands (run by bash in the
  tutorial's working directory); the lines after one, up to the next ``$ ``,
  are its expected output (stdout and stderr together);
- ``ocaml repl``: lines starting with ``# `` begin toplevel phrases (with
  their continuation lines, up to ``;;``); the other lines are the expected
  output, as `ocaml` prints it;
- ``ocaml file=PATH`` (or any language with ``file=PATH``): write the block's
  text to PATH in the working directory;
- ``diff file=PATH``: apply a unified diff to PATH;
- ``sh terminal=NAME``: a program that keeps running while the reader goes
  on, as ``robur dev`` does, in a *terminal* of its own (the reader's second
  terminal window): the block's one ``$ `` line is started in the
  background, in the working directory, and the block waits until the
  program has printed the lines below it;
- ``text terminal=NAME`` (any language, no ``$ `` line): what the program
  running in that terminal prints next, typically after the step changed a
  file.  For example:

    ```sh terminal=dev
    $ robur dev examples/counter
    {{lines}}
    robur dev: running counter (3 modules) in a {{...}} VM, up in {{ms}}; ...
    ```

    ```diff file=examples/counter/render.ml
    ...
    ```

    ```text terminal=dev
    {{lines}}
    robur dev: reloaded Render (1 module, {{size}}) in {{ms}}
    count = {{int}}
    ```

A background program's output (stdout and stderr) is one stream: each
``terminal=`` block must match the lines that follow those of the block
before it, in order, up to the last line it shows (what comes later is for
the next block); ``{{lines}}`` stands for lines printed in between, such as
the ticks printed while the reader was reading.  A block waits until its
lines have appeared, for at most 60 seconds (``timeout=SECONDS`` changes
that), then compares as for any other step.  A block for a terminal that no
earlier block started a command in is refused; starting a command in a
terminal stops what ran there.  Every program is stopped (as by Ctrl-C,
then killed if it does not end) when the tutorial ends or robur tutorial
does (quit, Ctrl-C, SIGTERM).  docs/tutorials.md has the details.

Expected output may use placeholders for what changes from run to run
(match.py).  A tutorial is ``tutorials/NN-name.md``; its name is ``NN-name``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


class TutorialError(Exception):
    """A malformed tutorial file (with the file and line)."""


@dataclass
class Command:
    text: str                     # the command or phrase as the reader types it
    expected: list[str]           # expected output lines


@dataclass
class Action:
    kind: str                     # "sh" | "repl" | "file" | "diff" | "start" | "output" | "show"
    lang: str = ""
    path: str = ""                # for file / diff
    body: str = ""                # file text, diff text or shown code
    commands: list[Command] = field(default_factory=list)
    line: int = 0
    terminal: str = ""            # for start / output: the terminal's name
    timeout: float = 0.0          # for start / output: how long to wait for the output (0: the default)


@dataclass
class Step:
    title: str
    prose: list[str] = field(default_factory=list)    # Markdown paragraphs and shown blocks, in order
    actions: list[Action] = field(default_factory=list)
    parts: list[object] = field(default_factory=list)  # prose strings and Actions, in reading order


@dataclass
class Tutorial:
    name: str
    path: Path
    title: str
    summary: str
    intro: str
    steps: list[Step]
    meta: dict[str, str]


_FENCE = re.compile(r"^```(.*)$")


def load(path: Path) -> Tutorial:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    meta: dict[str, str] = {}
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            key, sep, value = lines[i].partition(":")
            if not sep:
                raise TutorialError(f"{path}:{i + 1}: front matter lines are `key: value`")
            meta[key.strip()] = value.strip()
            i += 1
        if i >= len(lines):
            raise TutorialError(f"{path}: front matter is not closed by ---")
        i += 1
    if "title" not in meta:
        raise TutorialError(f"{path}: the front matter needs a title")
    intro: list[str] = []
    steps: list[Step] = []
    current: Step | None = None
    paragraph: list[str] = []
    terminals: set[str] = set()            # the terminals a command was started in

    def flush() -> None:
        if paragraph:
            chunk = "\n".join(paragraph).strip("\n")
            if chunk:
                if current is None:
                    intro.append(chunk)
                else:
                    current.prose.append(chunk)
                    current.parts.append(chunk)
            paragraph.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            flush()
            current = Step(line[3:].strip())
            steps.append(current)
            i += 1
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            info = m.group(1).strip()
            start = i + 1
            j = start
            while j < len(lines) and lines[j].strip() != "```":
                j += 1
            if j >= len(lines):
                raise TutorialError(f"{path}:{i + 1}: code block is not closed")
            body = lines[start:j]
            action = _action(info, body, path, i + 1)
            if action.kind == "start":
                terminals.add(action.terminal)
            elif action.kind == "output" and action.terminal not in terminals:
                raise TutorialError(f"{path}:{i + 1}: nothing runs in terminal {action.terminal!r} yet "
                                    f"(start a command there first: ```sh terminal={action.terminal})")
            if current is None:
                if action.kind != "show":
                    raise TutorialError(f"{path}:{i + 1}: actions belong in a step (after a ## heading)")
                intro.append(f"```{info}\n" + "\n".join(body) + "\n```")
            else:
                if action.kind != "show":
                    current.actions.append(action)
                current.parts.append(action)
            i = j + 1
            continue
        paragraph.append(line)
        i += 1
    flush()
    if not steps:
        raise TutorialError(f"{path}: a tutorial needs at least one step (## heading)")
    return Tutorial(path.stem, path, meta["title"], meta.get("summary", ""), "\n\n".join(intro), steps, meta)


def _action(info: str, body: list[str], path: Path, line: int) -> Action:
    words = info.split()
    lang = words[0] if words else ""
    attrs = dict(w.split("=", 1) for w in words[1:] if "=" in w)
    flags = {w for w in words[1:] if "=" not in w}
    if "terminal" in attrs:
        return _terminal_action(lang, attrs, body, path, line)
    if "file" in attrs:
        kind = "diff" if lang == "diff" else "file"
        return Action(kind, lang, attrs["file"], "\n".join(body) + "\n", line=line)
    if lang in ("sh", "shell", "console"):
        return Action("sh", lang, commands=_commands(body, "$ ", path, line), line=line)
    if lang == "ocaml" and "repl" in flags:
        return Action("repl", lang, commands=_phrases(body), line=line)
    return Action("show", lang, body="\n".join(body), line=line)


def _terminal_action(lang: str, attrs: dict[str, str], body: list[str], path: Path, line: int) -> Action:
    """A ``terminal=NAME`` block: a command started there (one ``$ `` line,
    then the first lines it prints), or what runs there prints next."""
    name = attrs["terminal"]
    if not name:
        raise TutorialError(f"{path}:{line}: terminal= needs a name (terminal=dev)")
    if "file" in attrs:
        raise TutorialError(f"{path}:{line}: a block is either file= or terminal=, not both")
    timeout = 0.0
    if "timeout" in attrs:
        try:
            timeout = float(attrs["timeout"])
        except ValueError:
            timeout = -1.0
        if timeout <= 0:
            raise TutorialError(f"{path}:{line}: timeout= is a number of seconds, not {attrs['timeout']!r}")
    if any(text.startswith("$ ") for text in body):
        commands = _commands(body, "$ ", path, line)
        if len(commands) != 1:
            raise TutorialError(f"{path}:{line}: a terminal= block starts one command (one `$ ` line)")
        return Action("start", lang, commands=commands, line=line, terminal=name, timeout=timeout)
    return Action("output", lang, commands=[Command("", list(body))], line=line, terminal=name, timeout=timeout)


def _commands(body: list[str], prompt: str, path: Path, line: int) -> list[Command]:
    commands: list[Command] = []
    for k, text in enumerate(body):
        if text.startswith(prompt):
            commands.append(Command(text[len(prompt):], []))
        elif commands:
            commands[-1].expected.append(text)
        elif text.strip():
            raise TutorialError(f"{path}:{line + k + 1}: output before the first `$ ` command")
    return commands


def _phrases(body: list[str]) -> list[Command]:
    commands: list[Command] = []
    in_phrase = False
    for text in body:
        if text.startswith("# ") and not in_phrase:
            commands.append(Command(text[2:], []))
            in_phrase = ";;" not in text
        elif in_phrase:
            commands[-1].text += "\n" + text
            in_phrase = ";;" not in text
        elif commands:
            commands[-1].expected.append(text)
    return commands


def discover(root: Path) -> list[Tutorial]:
    return [load(p) for p in sorted(root.glob("[0-9]*.md"))]
