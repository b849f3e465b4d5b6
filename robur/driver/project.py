"""What a project is: one ``.ml`` file, or a directory in which every
``.ml`` is a unit (with its optional ``.mli``).  The entry point is the unit
``main.ml`` when there is one, else the only unit; the program is the entry
point and every unit it (transitively) uses, initialised in dependency
order (docs/architecture.md, "Projects")."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..syntax.lexer import read_source
from ..typing.checker import unit_name


class ProjectError(Exception):
    """A project that cannot be built as given (no unit, no entry point)."""


@dataclass
class Project:
    root: Path                   # the file or the directory given
    sources: dict[str, str]      # file name (as given) -> text, .ml and .mli
    entry: str                   # the entry unit's name (Main, Hello)

    @property
    def name(self) -> str:
        """The stem of the default output: the file's, or the directory's."""
        return self.root.stem if self.root.is_file() else self.root.resolve().name

    @property
    def files(self) -> list[str]:
        return sorted(self.sources)


def load(path: str) -> Project:
    p = Path(path)
    if p.is_dir():
        files = sorted(os.path.join(path, f) for f in os.listdir(path)
                       if f.endswith(".ml") or f.endswith(".mli"))
        mls = [f for f in files if f.endswith(".ml")]
        if not mls:
            raise ProjectError(f"{path}: no .ml file in this directory")
        names = {os.path.basename(f): unit_name(f) for f in mls}
        if "main.ml" in names:
            entry = names["main.ml"]
        elif len(mls) == 1:
            entry = unit_name(mls[0])
        else:
            raise ProjectError(f"{path}: several units and no main.ml: which one is the entry point?")
    elif p.is_file():
        if not path.endswith(".ml"):
            raise ProjectError(f"{path}: expected a .ml file or a directory")
        files = [path] + ([path + "i"] if os.path.exists(path + "i") else [])
        entry = unit_name(path)
    else:
        raise ProjectError(f"{path}: no such file or directory")
    try:
        sources = {f: read_source(f) for f in files}
    except OSError as e:
        raise ProjectError(f"{e.filename}: {e.strerror}") from None
    return Project(p, sources, entry)
