"""OCaml source through the whole pipeline: robur.typing, the lambda
translation (robur.lambda_), this backend, the kernel; output compared with
ocamlopt's (recorded next to the program, and re-checked live when ocamlopt
is installed)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ML = Path(__file__).resolve().parent / "ml"


def translate_all(sources: dict[str, str]) -> list:
    """[(unit name, lambda)] in initialisation (dependency) order."""
    from robur.lambda_.translmod import transl_unit
    from robur.typing import Checker
    checker = Checker()
    checker.update(sources)
    errs = checker.errors()
    assert not errs, errs
    return [(n, transl_unit(n, checker.units[n].ml_file, checker.units[n].typed, checker.units[n].exported))
            for n in checker.order]


def translate(path: Path):
    return translate_all({path.name: path.read_text()})[-1]


PROGRAMS = ["externals", "features", "control", "formats", "evalorder", "optim"]
STATUS = {"control": 2}    # ends with an uncaught exception


@pytest.mark.parametrize("prog", PROGRAMS)
def test_source_program(runner, prog):
    name, lam = translate(ML / f"{prog}.ml")
    expected = (ML / f"{prog}.expected").read_bytes()
    exe = runner.build(lam, "unix", unit=name)
    # deep recursion (10^5 frames) makes a collection at every allocation
    # quadratic: collect every 97th allocation, a major collection every 5th
    status = STATUS.get(prog, 0)
    for args in ([], ["--robur-gc-stress=97,5"]):
        r = subprocess.run([str(exe), *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        assert (r.stdout, r.returncode) == (expected, status)
    r = runner.pvh(lam)
    assert (r.stdout, r.exit_code) == (expected, status)


@pytest.mark.parametrize("prog", PROGRAMS)
def test_expected_output_is_ocamlopts(tmp_path, prog):
    if shutil.which("ocamlopt") is None:
        pytest.skip("ocamlopt missing")
    src = tmp_path / f"{prog}.ml"
    src.write_text((ML / f"{prog}.ml").read_text())
    subprocess.run(["ocamlopt", "-w", "-a", "-o", str(tmp_path / "p"), str(src)], check=True,
                   capture_output=True, cwd=tmp_path)
    r = subprocess.run([str(tmp_path / "p")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert (r.stdout, r.returncode) == ((ML / f"{prog}.expected").read_bytes(), STATUS.get(prog, 0))


def test_two_units(tmp_path, cache):
    """Cross-unit references go through the module block (ir.py): a ref,
    functions, an exception of another unit."""
    from robur.codegen import pipeline
    from robur.vm import run_image, run_unix
    sources = {p.name: p.read_text() for p in sorted((ML / "project").glob("*.ml"))}
    units = translate_all(sources)
    assert [n for n, _ in units] == ["Util", "Main"]
    expected = (ML / "project.expected").read_bytes()
    exe = pipeline.build_program(units, tmp_path / "proj", "unix", cache=cache, workdir=tmp_path / "o")
    r = run_unix(exe, [], timeout=60)
    assert (r.stdout, r.exit_code) == (expected, 0)
    img = pipeline.build_program(units, tmp_path / "proj.elf", "pvh", cache=cache, workdir=tmp_path / "p")
    r = run_image(img, [], accel="tcg", timeout=60, quiet=True)
    assert (r.stdout, r.exit_code) == (expected, 0)
