"""Dead-code elimination (issue 6): an image holds only the units its
program uses.  The hello image links the Stdlib unit and no other: no
Hashtbl, Format or Map code in it, and its stripped size stays within the
kernel's budget (64 KiB).  A program that uses Map gets Map, and what Map
uses, but still no Hashtbl or Format."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from robur.driver.build import Builder
from robur.driver.project import load

ROOT = Path(__file__).resolve().parents[2]
HELLO = ROOT / "examples" / "hello.ml"
BUDGET = 64 * 1024


def _units(image: Path) -> set[str]:
    """Stdlib units present in an image, from its symbols (camlStdlib__Map...)."""
    out = subprocess.run(["nm", str(image)], capture_output=True, text=True, check=True).stdout
    units = set()
    for line in out.splitlines():
        name = line.split()[-1]
        if name.startswith("camlStdlib__") and name[len("camlStdlib__"):][:1].isupper():
            units.add(name[len("camlStdlib__"):].split(".")[0].split("__")[0])
    return units


def test_hello_image_has_no_unused_stdlib_code(tmp_path: Path) -> None:
    image = tmp_path / "hello.elf"
    result = Builder(quiet=True).build(load(str(HELLO)), "qemu", image)
    assert [u for u in result.units if u.startswith("Stdlib__")] == []
    present = _units(image)
    for unit in ("Hashtbl", "Format", "Map", "Printf", "List"):
        assert unit not in present, f"{unit} code in the hello image"
    stripped = tmp_path / "hello.stripped"
    subprocess.run(["strip", "-o", str(stripped), str(image)], check=True)
    size = stripped.stat().st_size
    assert size <= BUDGET, f"stripped hello image is {size} bytes, over the {BUDGET}-byte budget"


def test_a_map_program_gets_map_but_not_hashtbl_or_format(tmp_path: Path) -> None:
    src = tmp_path / "m.ml"
    src.write_text("module M = Map.Make (String)\n"
                   "let () = print_int (M.cardinal (M.add \"a\" 1 M.empty))\n")
    image = tmp_path / "m.elf"
    Builder(quiet=True).build(load(str(src)), "qemu", image)
    present = _units(image)
    assert "Map" in present
    assert "Hashtbl" not in present and "Format" not in present
