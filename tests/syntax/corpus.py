"""The syntax corpus (see CORPUS.md): file lists shared by the tests."""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
OK = sorted((HERE / "ok").glob("*.ml"))
ERRORS = sorted((HERE / "errors").glob("*.ml"))
UNSUPPORTED = sorted((HERE / "unsupported").glob("*.ml"))


def ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]
