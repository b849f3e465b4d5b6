"""Differential testing of the lambda translation: a program is type-checked
by robur.typing, translated (robur.lambda_), run by the test evaluator, and
its stdout and exit status compared with OCaml's.

The oracle is the program compiled by ``ocamlc`` (bytecode) rather than the
``ocaml`` toplevel: the toplevel names a script's exceptions without their
module ("E" instead of "Prog.E") and prefixes the file name in locations
("./prog.ml"), where compiled programs (and robur) do not.
"""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from robur.lambda_ import ir as L
from robur.lambda_.translmod import transl_unit
from robur.typing import Checker

from .evaluator import run_lambda

PROGRAMS = Path(__file__).resolve().parent / "programs"


@dataclass
class Outcome:
    stdout: bytes
    status: int


class NotTyped(Exception):
    """robur.typing cannot type the program yet (the test is skipped)."""


def translate_sources(sources: dict[str, str]) -> list[L.Lam]:
    checker = Checker()
    checker.update(sources)
    errs = checker.errors()
    if errs:
        u, e = errs[0]
        raise NotTyped(f"{u.ml_file}: {type(e).__name__}: {getattr(e, 'message', e)}")
    return [transl_unit(n, checker.units[n].ml_file, checker.units[n].typed,  # type: ignore[arg-type]
                        checker.units[n].exported) for n in checker.order]


def run_robur(sources: dict[str, str]) -> Outcome:
    units = translate_sources(sources)
    out, _err, status = run_lambda(units)
    return Outcome(out, status)


def run_ocaml(sources: dict[str, str], order: Optional[list[str]] = None) -> Outcome:
    """Compile with ocamlc (units in dependency ``order``) and run."""
    with tempfile.TemporaryDirectory() as d:
        for name, text in sources.items():
            Path(d, name).write_text(text, encoding="latin-1")
        mls = order or [f for f in sources if f.endswith(".ml")]
        args = ["ocamlc", "-w", "-a", "-o", "prog.byte"]
        for f in mls:
            if f + "i" in sources:
                args.append(f + "i")
            args.append(f)
        r = subprocess.run(args, cwd=d, capture_output=True)
        if r.returncode != 0:
            raise RuntimeError("ocamlc failed: " + r.stderr.decode())
        p = subprocess.run(["./prog.byte"], cwd=d, capture_output=True, timeout=60)
        return Outcome(p.stdout, p.returncode)


def program_sources(path: Path) -> dict[str, str]:
    """A program is one .ml file, or a directory of units (and .mli)."""
    if path.is_dir():
        return {f.name: f.read_text(encoding="latin-1") for f in sorted(path.iterdir())
                if f.suffix in (".ml", ".mli")}
    return {path.name: path.read_text(encoding="latin-1")}


def unit_order(sources: dict[str, str]) -> list[str]:
    checker = Checker()
    checker.update(sources)
    return [checker.units[n].ml_file for n in checker.order]


