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
- ``diff file=PATH``: apply a unified diff to PATH.

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
    kind: str                     # "sh" | "repl" | "file" | "diff" | "show"
    lang: str = ""
    path: str = ""                # for file / diff
    body: str = ""                # file text, diff text or shown code
    commands: list[Command] = field(default_factory=list)
    line: int = 0


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
    if "file" in attrs:
        kind = "diff" if lang == "diff" else "file"
        return Action(kind, lang, attrs["file"], "\n".join(body) + "\n", line=line)
    if lang in ("sh", "shell", "console"):
        return Action("sh", lang, commands=_commands(body, "$ ", path, line), line=line)
    if lang == "ocaml" and "repl" in flags:
        return Action("repl", lang, commands=_phrases(body), line=line)
    return Action("show", lang, body="\n".join(body), line=line)


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
