"""Terminal output policy: colour only on a terminal and never with NO_COLOR
(https://no-color.org), as OCaml 4.13 colours its messages (bold locations,
red errors, magenta warnings)."""
from __future__ import annotations

import os
import re
import sys
from typing import TextIO

_BOLD, _RED, _MAGENTA, _RESET = "\033[1m", "\033[1;31m", "\033[1;35m", "\033[0m"


def use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR", "") != "" or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


_HEADER = re.compile(r"^((?:File \"[^\"]*\", )?[Ll]ines? [^:]*:)$", re.M)
_KIND = re.compile(r"^(Error|Warning \d+ \[[a-z-]+\]|Warning \d+|Alert [a-z-]+):", re.M)


def colourise(text: str, stream: TextIO) -> str:
    """Colour a rendered diagnostic the way ocamlc does on a terminal."""
    if not use_colour(stream):
        return text
    text = _HEADER.sub(lambda m: _BOLD + m.group(1) + _RESET, text)
    return _KIND.sub(lambda m: (_RED if m.group(1) == "Error" else _MAGENTA) + m.group(1) + _RESET + ":", text)


def print_diagnostic(text: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    stream.write(colourise(text, stream) + "\n")
    stream.flush()
