"""Differential tests of robur's stdlib/*.ml against OCaml's own Stdlib.

Each program in programs/NAME_test.ml is compiled twice with ocamlopt, the
only difference being its first line: `open Ostd` (OCaml's own Stdlib, with
the few labels robur's interfaces drop removed, programs/ostd.ml) or `open
Rstd`, where Rstd aliases List, String, ... to robur's implementations (stdlib/NAME.ml
copied as rNAME.ml, each preceded by aliases to the robur modules it may
use).  The two outputs must be equal.

    python3 -m tests.stdlib.run [NAME ...]     # prints a summary, exit 1 on diff
"""
from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STDLIB = ROOT / "stdlib"
PROGRAMS = Path(__file__).resolve().parent / "programs"

# dependency order: each module may use the ones before it
MODULES = ["seq", "either", "option", "result", "bool", "int", "fun", "list",
           "char", "uchar", "bytes", "string", "array", "int32", "int64", "nativeint",
           "float", "lazy", "sys", "random", "stack", "queue", "buffer",
           "hashtbl", "map", "set"]

OCAMLOPT = ["ocamlopt", "-w", "-a", "-g"]


def available_modules() -> list[str]:
    return [m for m in MODULES if (STDLIB / f"{m}.ml").exists()]


def _run(cmd: list[str], cwd: Path) -> str:
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{p.stdout}{p.stderr}")
    return p.stdout


def build_robur_units(work: Path) -> list[str]:
    """Compile robur's implementations as Rname units; return the .cmx list."""
    mods = available_modules()
    cmxs = []
    done: list[str] = []
    for m in mods:
        cap = m.capitalize()
        src = (STDLIB / f"{m}.ml").read_text(encoding="latin-1")
        # (no alias for a module the unit defines itself: Float.Array)
        aliases = "".join(f"module {d.capitalize()} = R{d}\n" for d in done
                          if f"module {d.capitalize()} =" not in src)
        (work / f"r{m}.ml").write_text(aliases + src, encoding="latin-1")
        _run(OCAMLOPT + ["-c", f"r{m}.ml"], work)
        cmxs.append(f"r{m}.cmx")
        done.append(m)
    rstd = "".join(f"module {m.capitalize()} = R{m}\n" for m in mods)
    (work / "rstd.ml").write_text(rstd)
    _run(OCAMLOPT + ["-c", "rstd.ml"], work)
    cmxs.append("rstd.cmx")
    for unit in ("tutil", "ostd"):
        shutil.copy(PROGRAMS / f"{unit}.ml", work / f"{unit}.ml")
        _run(OCAMLOPT + ["-c", f"{unit}.ml"], work)
    return cmxs


def run_program(name: str, work: Path, cmxs: list[str]) -> tuple[str, str]:
    """(output against OCaml's Stdlib, output against robur's)."""
    src = (PROGRAMS / f"{name}_test.ml").read_text(encoding="latin-1")
    outs = []
    for mode, header in (("ocaml", "open Ostd\n"), ("robur", "open Rstd\n")):
        d = work / f"{name}_{mode}"
        d.mkdir()
        for f in work.iterdir():
            if f.suffix in (".cmx", ".cmi", ".o"):
                os.link(f, d / f.name)
        (d / "t.ml").write_text(header + src, encoding="latin-1")
        units = (cmxs if mode == "robur" else ["ostd.cmx"]) + ["tutil.cmx"]
        _run(OCAMLOPT + units + ["t.ml", "-o", "t.exe"], d)
        outs.append(_run(["./t.exe"], d))
    return outs[0], outs[1]


def programs() -> list[str]:
    return sorted(p.name[:-len("_test.ml")] for p in PROGRAMS.glob("*_test.ml"))


def main(argv: list[str]) -> int:
    names = argv or programs()
    status = 0
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cmxs = build_robur_units(work)
        for n in names:
            ref, mine = run_program(n, work, cmxs)
            count = sum(1 for l in ref.splitlines() if " = " in l)
            total += count
            if ref != mine:
                status = 1
                print(f"{n}: DIFFERS ({count} checked calls)")
                sys.stdout.writelines(difflib.unified_diff(
                    ref.splitlines(True), mine.splitlines(True), "ocaml", "robur", n=0))
            else:
                print(f"{n}: ok ({count} checked calls)")
    print(f"total checked calls: {total}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
