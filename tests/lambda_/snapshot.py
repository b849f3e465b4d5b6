"""Translate a program and print its lambda with stable names: variable
stamps and static-exit labels are renumbered in order of appearance, so
snapshots do not depend on what was translated before."""
from __future__ import annotations

import re

from robur.lambda_.printer import show
from robur.lambda_.translmod import transl_unit
from robur.typing import Checker
from robur.typing.checker import unit_name


def translate(src: str, file: str = "snap.ml", others: dict[str, str] | None = None):
    sources = dict(others or {})
    sources[file] = src
    checker = Checker()
    checker.update(sources)
    u = checker.units[unit_name(file)]
    assert u.error is None, u.error
    return transl_unit(u.name, file, u.typed, u.exported)


def normalise(text: str) -> str:
    stamps: dict[str, str] = {}
    labels: dict[str, str] = {}

    def stamp(m: re.Match) -> str:
        return "/" + stamps.setdefault(m.group(1), str(len(stamps) + 1))

    def label(m: re.Match) -> str:
        return m.group(1) + labels.setdefault(m.group(2), str(len(labels) + 1))
    text = re.sub(r"/(\d+)", stamp, text)
    return re.sub(r"(\(exit |with \()(\d+)", label, text)


def dump(src: str, **kw) -> str:
    return normalise(show(translate(src, **kw)))
