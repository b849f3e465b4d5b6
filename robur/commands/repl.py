"""``robur repl``: the interactive toplevel; ``robur repl --attach [DIR]``
attaches it to the VM of a running ``robur dev DIR`` (robur/repl/attach.py)."""
from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if any(a == "--attach" or a.startswith("--attach=") for a in argv):
        from ..repl import attach
        return attach.main(argv)
    from ..repl import app
    return app.main(argv)
