"""robur's stdlib compiled by robur itself: the programs in robur_programs/
(plain printing, no Printf) run under `robur run --target unix` and print
what ocamlopt's build of them prints (against OCaml's Stdlib, labels dropped
by programs/ostd.ml)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROGRAMS = sorted(p.stem for p in (HERE / "robur_programs").glob("*.ml"))


def _robur() -> list[str]:
    robur = ROOT / ".venv" / "bin" / "robur"
    return [str(robur)] if robur.exists() else [sys.executable, "-m", "robur.cli"]


def _source_and_reference(tmp_path: Path, name: str) -> tuple[str, bytes]:
    """The program's source, and what ocamlopt's build of it prints (built
    with the OCaml-side shim ostd.ml opened on the first line, so that line
    numbers in Assert_failure and the like are the same)."""
    src = (HERE / "robur_programs" / f"{name}.ml").read_text(encoding="latin-1")
    ref_dir = tmp_path / "ocaml"
    ref_dir.mkdir()
    shutil.copy(HERE / "programs" / "ostd.ml", ref_dir / "ostd.ml")
    (ref_dir / "main.ml").write_text("open Ostd " + src, encoding="latin-1")
    subprocess.run(["ocamlopt", "-w", "-a", "ostd.ml", "main.ml", "-o", "main.exe"],
                   cwd=ref_dir, check=True, capture_output=True)
    return src, subprocess.run([str(ref_dir / "main.exe")], capture_output=True).stdout


@pytest.mark.skipif(shutil.which("ocamlopt") is None, reason="needs ocamlopt")
@pytest.mark.parametrize("name", PROGRAMS)
def test_robur_build_prints_as_ocaml(tmp_path, name):
    src, ref = _source_and_reference(tmp_path, name)

    proj = tmp_path / "robur"
    proj.mkdir()
    (proj / "main.ml").write_text(src, encoding="latin-1")
    # built as main.ml from its directory, as ocamlopt's, so that __FILE__
    # (Assert_failure, Match_failure) is the same
    p = subprocess.run(_robur() + ["run", "--target", "unix", "main.ml"],
                       cwd=proj, capture_output=True, timeout=300)
    err = p.stderr.decode("latin-1")
    if "is not written yet" in err:
        pytest.skip(err.strip().splitlines()[-1])
    assert p.returncode == 0, err
    assert ref and p.stdout == ref


@pytest.mark.skipif(shutil.which("ocamlopt") is None, reason="needs ocamlopt")
@pytest.mark.parametrize("name", PROGRAMS)
def test_robur_qemu_prints_as_ocaml(tmp_path, name):
    """The same program as a unikernel (TCG here): the console shows exactly
    what ocamlopt's build prints."""
    from robur.vm.qemu import run_image
    src, ref = _source_and_reference(tmp_path, name)

    proj = tmp_path / "robur"
    proj.mkdir()
    (proj / "main.ml").write_text(src, encoding="latin-1")
    p = subprocess.run(_robur() + ["build", "--target", "qemu", "main.ml", "-o", "main.elf"],
                       cwd=proj, capture_output=True, timeout=300)
    err = p.stderr.decode("latin-1")
    if "is not written yet" in err:
        pytest.skip(err.strip().splitlines()[-1])
    assert p.returncode == 0, err
    r = run_image(proj / "main.elf", timeout=240)
    assert not r.panicked, r.stdout.decode("latin-1")
    assert r.exit_code == 0
    assert ref and r.stdout == ref
