"""The conformance corpus: each program built by robur and run, with the
stdout, stderr and exit status that ocamlopt's build produced (CORPUS.md).

Each program is compiled as `X.ml` from a scratch copy of its directory, as
ocamlopt's run was, so Assert_failure and Match_failure name the same file.
A program that needs a Stdlib unit robur has not implemented yet is skipped
with that reason (robur says which); any other difference fails.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import is_interleaving

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "programs").glob("*.ml"))
ROBUR = str(Path(sys.executable).with_name("robur"))
MISSING_UNIT = re.compile(r"the program uses (\w+), whose implementation \((stdlib/\w+\.ml)\) is not written yet")
UNBOUND = re.compile(r"^Error: Unbound (value|module) ([A-Z]\w*(?:\.\w+)*)$", re.M)
# OCaml 4.13's Stdlib modules: an unbound name inside one of them is a gap in
# robur's Stdlib (issue 6), not a compiler difference.
STDLIB_MODULES = {
    "Arg", "Array", "Atomic", "Bigarray", "Bool", "Buffer", "Bytes", "Callback", "Char",
    "Complex", "Digest", "Either", "Ephemeron", "Filename", "Float", "Format", "Fun", "Gc",
    "Genlex", "Hashtbl", "Int", "Int32", "Int64", "Lazy", "Lexing", "List", "Map", "Marshal",
    "Nativeint", "Obj", "Oo", "Option", "Parsing", "Printexc", "Printf", "Queue", "Random",
    "Result", "Scanf", "Seq", "Set", "Stack", "Stream", "String", "Sys", "Uchar", "Unit", "Weak",
}


def expected_status(path: Path) -> int:
    m = re.match(r"\(\* status: (\d+) \*\)", path.read_text().split("\n", 1)[0])
    assert m, f"{path.name}: first line must be (* status: N *)"
    return int(m.group(1))


def build(path: Path, tmp_path: Path, target: str) -> Path:
    shutil.copy(path, tmp_path / path.name)
    exe = tmp_path / (path.stem + (".elf" if target == "qemu" else ""))
    r = subprocess.run([ROBUR, "build", "--target", target, path.name, "-o", exe.name],
                       cwd=tmp_path, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        missing = MISSING_UNIT.search(r.stderr)
        if missing:
            pytest.skip(f"needs {missing.group(1)} ({missing.group(2)} is not written yet)")
        unbound = UNBOUND.search(r.stderr)
        if unbound and unbound.group(2).split(".")[0] in STDLIB_MODULES:
            pytest.skip(f"uses {unbound.group(2)}, which robur's Stdlib does not provide yet")
        pytest.fail(f"robur build failed:\n{r.stderr}")
    return exe


def test_corpus_size():
    assert len(PROGRAMS) >= 200


# The GC stress mode (docs/runtime.md): a minor collection every 101st
# allocation and a major slice every 1000th minor one (a slice every few
# minor collections makes the programs with large heaps take minutes).
# Every program must still print exactly what ocamlopt's build printed.
GC_STRESS = "--robur-gc-stress=101,1000"


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_unix(path, tmp_path):
    exe = build(path, tmp_path, "unix")
    stderr = path.with_suffix(".stderr")
    for extra in ([], [GC_STRESS]):
        r = subprocess.run([str(exe), *extra], cwd=tmp_path, capture_output=True, timeout=300)
        assert r.stdout == path.with_suffix(".expected").read_bytes(), f"with {extra}"
        assert r.stderr == (stderr.read_bytes() if stderr.exists() else b""), f"with {extra}"
        assert r.returncode == expected_status(path), f"with {extra}"




@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_qemu(path, tmp_path):
    """The same program as a unikernel (KVM when usable, else TCG).  stdout
    and stderr share the serial console, so the console must be an
    interleaving of ocamlopt's stdout and stderr lines."""
    from robur.vm.qemu import run_image
    image = build(path, tmp_path, "qemu")
    r = run_image(image, timeout=180)
    assert not r.panicked, r.stdout.decode("latin-1")
    expected_out = path.with_suffix(".expected").read_bytes()
    stderr = path.with_suffix(".stderr")
    if stderr.exists():
        assert is_interleaving(r.stdout, expected_out, stderr.read_bytes()), r.stdout.decode("latin-1")
    else:
        assert r.stdout == expected_out
    assert r.exit_code == expected_status(path)


def test_interleaving_check_can_fail():
    assert is_interleaving(b"a\nX\nb\n", b"a\nb\n", b"X\n")
    assert is_interleaving(b"a\npartial Fatal\n", b"a\npartial ", b"Fatal\n")
    assert not is_interleaving(b"b\na\nX\n", b"a\nb\n", b"X\n")
    assert not is_interleaving(b"a\nb\n", b"a\nb\n", b"X\n")
