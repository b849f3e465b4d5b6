"""Where each reader stopped in each tutorial, kept between runs."""
from __future__ import annotations

import json
import os
from pathlib import Path


def state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "robur"


class Progress:
    def __init__(self, path: Path | None = None):
        self.path = path or state_dir() / "tutorials.json"
        try:
            self.data: dict[str, int] = json.loads(self.path.read_text())
        except (OSError, ValueError):
            self.data = {}

    def step(self, name: str) -> int:
        """The index of the first step not yet completed."""
        return int(self.data.get(name, 0))

    def set(self, name: str, step: int) -> None:
        self.data[name] = step
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.data, indent=1, sort_keys=True))
            tmp.replace(self.path)
        except OSError:
            pass   # progress is a convenience: never fail a tutorial over it
