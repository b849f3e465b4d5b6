"""Showing tutorial text in a terminal: prose as it is, code highlighted by
robur's pygments lexer (or pygments' own for other languages), plain when
colour is off (not a terminal, or NO_COLOR)."""
from __future__ import annotations

import sys
from typing import TextIO

from ..ui import use_colour
from .format import Action, Command
from .match import Mismatch

_BOLD, _DIM, _GREEN, _RED, _RESET = "\033[1m", "\033[2m", "\033[32m", "\033[31m", "\033[0m"


class Renderer:
    def __init__(self, stream: TextIO | None = None):
        self.out = stream or sys.stdout
        self.colour = use_colour(self.out)

    def _c(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.colour else text

    def write(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def title(self, text: str) -> None:
        self.write(self._c(_BOLD, text))

    def code(self, lang: str, text: str) -> None:
        if self.colour:
            try:
                from pygments import highlight
                from pygments.formatters import TerminalFormatter
                from pygments.lexers import get_lexer_by_name
                if lang in ("ocaml", "ml", ""):
                    from ..repl.lexer import RoburLexer
                    lexer = RoburLexer()
                else:
                    lexer = get_lexer_by_name(lang)
                text = highlight(text, lexer, TerminalFormatter()).rstrip("\n")
            except Exception:   # unknown language: show it plain
                pass
        for line in text.split("\n"):
            self.write("    " + line)

    def action(self, action: Action) -> None:
        if action.kind == "sh":
            for c in action.commands:
                self.write("    " + self._c(_BOLD, "$ " + c.text))
        elif action.kind == "repl":
            for c in action.commands:
                self.write("    " + self._c(_BOLD, "# " + c.text.replace("\n", "\n      ")))
        elif action.kind == "file":
            self.write(self._c(_DIM, f"    (write {action.path})"))
            self.code(action.lang, action.body.rstrip("\n"))
        elif action.kind == "diff":
            self.write(self._c(_DIM, f"    (change {action.path})"))
            self.code("diff", action.body.rstrip("\n"))
        elif action.kind == "start":
            self.write(self._c(_DIM, f"    (in a second terminal, called '{action.terminal}' here: "
                                     f"the program keeps running there while you go on)"))
            self.write("    " + self._c(_BOLD, "$ " + action.commands[0].text))
        elif action.kind == "output":
            self.write(self._c(_DIM, f"    (then watch what terminal `{action.terminal}` prints)"))
        else:
            self.code(action.lang, action.body)

    def result(self, command: Command, output: list[str], mismatch: Mismatch | None,
               tail: int | None = None) -> None:
        """What a command printed and whether it is as expected; with
        ``tail``, only its last lines (a background program's output since
        the last step can be long) unless the difference is earlier."""
        shown = list(output)
        while shown and not shown[-1]:
            shown.pop()
        if tail is not None and len(shown) > tail + 1 and (mismatch is None or mismatch.actual_line >= len(shown) - tail):
            self.write(self._c(_DIM, f"    ({len(shown) - tail} earlier lines not shown)"))
            shown = shown[-tail:]
        for line in shown:
            self.write("    " + line)
        if mismatch is None:
            self.write(self._c(_GREEN, "    ✓ as expected"))
            return
        self.write(self._c(_RED, f"    ✗ differs from the tutorial at output line {mismatch.actual_line + 1}:"))
        self.write(f"      expected: {mismatch.expected if mismatch.expected is not None else '(nothing more)'}")
        self.write(f"      got:      {mismatch.actual if mismatch.actual is not None else '(nothing more)'}")
