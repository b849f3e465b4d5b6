"""The interactive prompt of ``robur repl`` (prompt_toolkit).

Enter submits the input when the parser says the phrase is complete (or
cannot be completed: the error is then reported), and inserts a new line
otherwise, so a phrase may span lines until its ``;;``.  Tab completes the
names of the toplevel's environment (values with their types, modules,
types, constructors, record fields) and directives; ``M.`` completes the
components of module ``M``.  While the menu is open, the bottom line shows
the first sentence of the selected name's documentation comment.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Optional

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout.processors import HighlightMatchingBracketProcessor
from prompt_toolkit.lexers import PygmentsLexer

from .lexer import RoburLexer
from .reader import Status, phrase_status

PROMPT = "# "
CONTINUATION = "  "


def history_path() -> Path:
    """$XDG_STATE_HOME/robur/history (~/.local/state/robur/history)."""
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "robur" / "history"


_WORD = re.compile(r"([A-Za-z_][A-Za-z0-9_']*\.)*[A-Za-z_#][A-Za-z0-9_']*$|([A-Za-z_][A-Za-z0-9_']*\.)+$")


class EnvCompleter(Completer):
    """Names visible in the toplevel environment, with their kinds/types;
    remembers what each offered name describes, for its documentation."""

    def __init__(self, top) -> None:
        self.top = top
        self.offered: dict[str, tuple[str, object]] = {}

    def get_completions(self, document, complete_event) -> Iterable[Completion]:
        before = document.text_before_cursor
        m = _WORD.search(before)
        word = m.group(0) if m else ""
        if word.startswith("#") or (not word and before.rstrip().endswith("#")):
            from .directives import DIRECTIVES
            stem = word[1:]
            for name in sorted(DIRECTIVES):
                if name.startswith(stem):
                    yield Completion("#" + name, start_position=-len(word), display_meta="directive")
            return
        offered = {}
        for text, meta, ns, entry in candidate_entries(self.top, word):
            offered[text] = (ns, entry)
            yield Completion(text, start_position=-len(word), display_meta=meta)
        self.offered = offered

    def doc_line(self, text: str) -> Optional[str]:
        """The first sentence of the documentation of an offered name."""
        from ..typing.docs import first_sentence
        from .directives import description_doc
        hit = self.offered.get(text)
        if hit is None:
            return None
        try:
            doc = description_doc(*hit)
        except Exception:     # documentation is a nicety: never break the prompt on it
            return None
        return first_sentence(doc) if doc else None


def candidates(top, word: str) -> list[tuple[str, str]]:
    """(completion, description) for a partial, possibly qualified, name."""
    return [(text, meta) for text, meta, _, _ in candidate_entries(top, word)]


def candidate_entries(top, word: str) -> list[tuple[str, str, str, object]]:
    """(completion, description, namespace, environment entry) for a
    partial, possibly qualified, name."""
    from ..typing import printtyp
    from ..typing.env import components
    from ..typing.lookup import lookup_module_path
    from ..syntax.location import Location
    env = top.compiler.checker.toplevel_env()
    parts = word.split(".")
    stem, quals = parts[-1], parts[:-1]
    found: dict[str, tuple[str, str, object]] = {}

    def describe(ns: str, e) -> str:
        try:
            if ns == "v":
                return printtyp.type_to_string(e[1].type)
            return {"t": "type", "m": "module", "T": "module type", "c": "constructor", "l": "field"}[ns]
        except Exception:      # a description is a nicety: never break completion on it
            return ""
    if quals:
        try:
            path, _ = lookup_module_path(env, quals, Location("", 0, 0, 1, 0, 1))
            comps = components(path)
        except Exception:
            return []
        prefix = ".".join(quals) + "."
        for (ns, name), e in comps.items():
            if name.startswith(stem) and ns in ("v", "m", "t", "c", "l", "T") and not name.startswith("_"):
                found.setdefault(prefix + name, (describe(ns, e), ns, e))
    else:
        for ns in ("v", "m", "c", "l", "t", "T"):
            for name in env.names(ns):
                if name.startswith(stem) and name not in found and not name.startswith("_") and \
                        not name.startswith("caml"):
                    e = env.lookup(ns, name)
                    found[name] = (describe(ns, e), ns, e)
    ordered = sorted(found.items(), key=lambda kv: (kv[0].lower(), kv[0]))[:500]
    return [(text, meta, ns, e) for text, (meta, ns, e) in ordered]


class _DocToolbar:
    """The bottom line while the completion menu is open: the first
    sentence of the selected name's documentation.  Hidden otherwise (the
    session shows a toolbar only while this is not None)."""

    def __init__(self, completer: EnvCompleter) -> None:
        self.completer = completer
        self.session: Optional[PromptSession] = None

    def text(self) -> Optional[str]:
        if self.session is None:
            return None
        state = self.session.default_buffer.complete_state
        if state is None or state.current_completion is None:
            return None
        return self.completer.doc_line(state.current_completion.text)


class _Session(PromptSession):
    """A PromptSession whose bottom toolbar exists only while there is
    something to show in it."""
    doc_toolbar: Optional[_DocToolbar] = None

    @property
    def bottom_toolbar(self):       # read by prompt_toolkit's layout at each render
        return self.doc_toolbar.text() if self.doc_toolbar is not None else None

    @bottom_toolbar.setter
    def bottom_toolbar(self, value) -> None:
        pass                        # PromptSession's own setting: never used here


def _bindings() -> KeyBindings:
    kb = KeyBindings()

    @kb.add("enter")
    def _(event) -> None:
        buf = event.current_buffer
        text = buf.text
        if buf.document.is_cursor_at_the_end and phrase_status(text.encode("utf-8").decode("latin-1")) \
                is not Status.INCOMPLETE:
            buf.validate_and_handle()
        elif not buf.document.is_cursor_at_the_end and text.rstrip().endswith(";;") and \
                phrase_status(text.encode("utf-8").decode("latin-1")) is Status.COMPLETE:
            buf.validate_and_handle()
        else:
            buf.insert_text("\n")

    @kb.add("escape", "enter")
    def _(event) -> None:      # Alt-Enter: submit as it is
        event.current_buffer.validate_and_handle()
    return kb


def read_input(prompt: "ReplPrompt") -> Optional[str]:
    """The next input, as robur source text (one character per byte), or
    None when there is nothing to run (empty input, Ctrl-C at the prompt).
    Ctrl-D raises EOFError."""
    try:
        text = prompt.read()
    except KeyboardInterrupt:
        return None
    if text is None or not text.strip():
        return None
    return text.encode("utf-8").decode("latin-1")


class ReplPrompt:
    def __init__(self, top, history_file: Optional[Path] = None) -> None:
        path = history_file or history_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            history = FileHistory(str(path))
        except OSError:
            history = InMemoryHistory()
        completer = EnvCompleter(top)
        toolbar = _DocToolbar(completer)
        self.session: PromptSession = _Session(
            message=PROMPT, multiline=True, history=history, auto_suggest=AutoSuggestFromHistory(),
            completer=completer, complete_while_typing=False, lexer=PygmentsLexer(RoburLexer),
            key_bindings=_bindings(), enable_open_in_editor=True, include_default_pygments_style=True,
            prompt_continuation=lambda width, line, wrap: CONTINUATION,
            input_processors=[HighlightMatchingBracketProcessor()])
        toolbar.session = self.session
        self.session.doc_toolbar = toolbar

    def read(self) -> str:
        return self.session.prompt()
