"""``robur repl``: the interactive toplevel."""
from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from ..repl import app
    return app.main(argv)
