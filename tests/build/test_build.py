"""``robur build`` / ``robur run``: whole programs from source to a running
VM or Linux process, through the Stdlib written in robur's language
(stdlib/stdlib.ml) and the build cache."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from robur.driver.build import Builder
from robur.driver.project import ProjectError, load
from robur.link.cache import BuildCache

ROOT = Path(__file__).resolve().parents[2]
HELLO = ROOT / "examples" / "hello.ml"
TIMEOUT = 120

PROGRAM = """\
let rec fact n = if n <= 1 then 1 else n * fact (n - 1)

let () =
  at_exit (fun () -> print_endline "at exit");
  print_int (fact 10); print_newline ();
  print_string ("fact 20 = " ^ string_of_int (fact 20)); print_newline ();
  print_endline (string_of_float 1.5 ^ " " ^ string_of_float 100.0 ^ " " ^ string_of_bool true);
  print_string "pending, flushed at exit: ";
  let l = [1; 2] @ [3] in
  if l = [1; 2; 3] then prerr_endline "lists ok";
  failwith "x"
"""
# ocamlopt's output (stdout and stderr share the pipe) and status
PROGRAM_EXPECTED = (b"3628800\nfact 20 = 2432902008176640000\n1.5 100. true\nlists ok\n"
                    b"pending, flushed at exit: at exit\nFatal error: exception Failure(\"x\")\n", 2)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("robur-cache") / "build"


def robur(args: list[str], cache_dir: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, ROBUR_CACHE=str(cache_dir))
    return subprocess.run([sys.executable, "-m", "robur", *args], cwd=cwd, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)


def qemu_or_skip() -> None:
    if shutil.which("qemu-system-x86_64") is None:
        pytest.skip("qemu-system-x86_64 missing")


def test_run_hello_unix(cache_dir):
    r = robur(["run", "--target", "unix", str(HELLO)], cache_dir)
    assert (r.stdout, r.returncode) == (b"hello\n", 0), r.stderr


def test_run_hello_qemu(cache_dir):
    qemu_or_skip()
    r = robur(["run", "--accel", "tcg", str(HELLO)], cache_dir)
    assert (r.stdout, r.returncode) == (b"hello\n", 0), r.stderr


@pytest.mark.parametrize("target", ["unix", "qemu"])
def test_exit_code_and_arguments(tmp_path, cache_dir, target):
    if target == "qemu":
        qemu_or_skip()
    src = tmp_path / "ex.ml"
    src.write_text('let () = at_exit (fun () -> print_string "bye"); print_string "x"; exit 3\n')
    r = robur(["run", "--target", target, str(src)], cache_dir)
    assert (r.stdout, r.returncode) == (b"xbye", 3)


@pytest.mark.parametrize("target", ["unix", "qemu"])
def test_pervasives_match_ocaml(tmp_path, cache_dir, target):
    if target == "qemu":
        qemu_or_skip()
    src = tmp_path / "prog.ml"
    src.write_text(PROGRAM)
    env = dict(os.environ, ROBUR_CACHE=str(cache_dir))
    r = subprocess.run([sys.executable, "-m", "robur", "run", "--target", target, str(src)], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)
    # the first build in this cache says that it compiles the stdlib, and a
    # machine without usable KVM says it runs the VM under TCG
    out = b"".join(l for l in r.stdout.splitlines(keepends=True)
                   if not l.startswith((b"robur: ", b"note: /dev/kvm")))
    assert (out, r.returncode) == PROGRAM_EXPECTED


def test_expected_output_is_ocamlopts(tmp_path):
    if shutil.which("ocamlopt") is None:
        pytest.skip("ocamlopt missing")
    src = tmp_path / "prog.ml"
    src.write_text(PROGRAM)
    subprocess.run(["ocamlopt", "-o", str(tmp_path / "p"), str(src)], check=True, capture_output=True,
                   cwd=tmp_path)
    r = subprocess.run([str(tmp_path / "p")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert (r.stdout, r.returncode) == PROGRAM_EXPECTED


def test_type_error_is_ocamlcs(tmp_path, cache_dir):
    src = tmp_path / "bad.ml"
    src.write_text('let () = print_int "x"\n')
    r = robur(["run", "--target", "unix", "bad.ml"], cache_dir, cwd=tmp_path)
    c = robur(["check", "bad.ml"], cache_dir, cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr == c.stderr
    assert b"Traceback" not in r.stderr
    assert r.stderr.decode().endswith(
        'Error: This expression has type string but an expression was expected of type\n         int\n')
    if shutil.which("ocamlc") is not None:
        o = subprocess.run(["ocamlc", "-c", "bad.ml"], cwd=tmp_path, capture_output=True)
        assert (o.returncode, o.stderr) == (2, r.stderr)


def test_second_build_is_a_cache_hit(tmp_path):
    cache = BuildCache(tmp_path / "cache")
    b = Builder(cache, quiet=True)
    first = b.build(load(str(HELLO)), "unix", tmp_path / "hello")
    assert set(first.compiled) == {"Stdlib", "Hello", "Std_exit"}
    b2 = Builder(BuildCache(tmp_path / "cache"), quiet=True)
    second = b2.build(load(str(HELLO)), "unix", tmp_path / "hello2")
    assert second.compiled == []
    assert b2.cache.misses == 0 and b2.cache.hits > 0
    r = subprocess.run([str(second.output)], stdout=subprocess.PIPE, timeout=TIMEOUT)
    assert (r.stdout, r.returncode) == (b"hello\n", 0)


def test_only_used_units_are_linked(tmp_path):
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "util.ml").write_text('let greet who = "hello " ^ who\n')
    (proj / "unused.ml").write_text('let () = print_endline "never linked"\n')
    (proj / "main.ml").write_text('let () = print_endline (Util.greet "world")\n')
    b = Builder(BuildCache(tmp_path / "cache"), quiet=True)
    res = b.build(load(str(proj)), "unix", tmp_path / "proj.exe")
    assert res.units == ["Stdlib", "Util", "Main", "Std_exit"]
    r = subprocess.run([str(res.output)], stdout=subprocess.PIPE, timeout=TIMEOUT)
    assert r.stdout == b"hello world\n"
    # the Stdlib's other units are not linked (issue 6: no Hashtbl in hello)
    syms = subprocess.run(["nm", str(res.output)], capture_output=True, text=True).stdout
    assert "camlStdlib__Hashtbl" not in syms and "camlStdlib__List" not in syms


def test_project_without_entry_point(tmp_path, cache_dir):
    proj = tmp_path / "p"
    proj.mkdir()
    (proj / "a.ml").write_text("let x = 1\n")
    (proj / "b.ml").write_text("let y = 2\n")
    with pytest.raises(ProjectError):
        load(str(proj))
    r = robur(["build", "--target", "unix", str(proj)], cache_dir)
    assert r.returncode == 2 and b"no main.ml" in r.stderr and b"Traceback" not in r.stderr


def test_build_writes_output(tmp_path, cache_dir):
    out = tmp_path / "h"
    r = robur(["build", "--target", "unix", str(HELLO), "-o", str(out)], cache_dir)
    assert r.returncode == 0, r.stderr
    assert subprocess.run([str(out)], stdout=subprocess.PIPE).stdout == b"hello\n"


def test_compile_only_writes_objects_beside_sources(tmp_path, cache_dir):
    """``-c`` compiles as ``ocamlopt -c`` does: one object per unit, no link."""
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "util.ml").write_text("let twice x = 2 * x\n")
    (proj / "main.ml").write_text("let () = print_int (Util.twice 21)\n")
    r = robur(["build", "-c", str(proj)], cache_dir)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in proj.iterdir()) == ["main.ml", "main.o", "util.ml", "util.o"]
    for unit in ("main", "util"):
        symbols = subprocess.run(["nm", str(proj / f"{unit}.o")], stdout=subprocess.PIPE, text=True).stdout
        assert f"caml{unit.capitalize()}" in symbols
    # the objects are the ones a whole build links (the same cache entries)
    r = robur(["build", "--stats", "--target", "unix", str(proj), "-o", str(tmp_path / "exe")], cache_dir)
    assert r.returncode == 0, r.stderr
    compiled = r.stderr.decode().split("compiled: ")[1].strip().split(", ")
    assert "Main" not in compiled and "Util" not in compiled
    assert subprocess.run([str(tmp_path / "exe")], stdout=subprocess.PIPE).stdout == b"42"


def test_compile_only_output_and_errors(tmp_path, cache_dir):
    (tmp_path / "one.ml").write_text("let x = 1\n")
    r = robur(["build", "-c", str(tmp_path / "one.ml"), "-o", str(tmp_path / "x.o")], cache_dir)
    assert r.returncode == 0 and (tmp_path / "x.o").read_bytes()[:4] == b"\x7fELF"
    proj = tmp_path / "two"
    proj.mkdir()
    (proj / "a.ml").write_text("let x = 1\n")
    (proj / "main.ml").write_text("let () = print_int A.x\n")
    r = robur(["build", "-c", str(proj), "-o", str(tmp_path / "y.o")], cache_dir)
    assert r.returncode == 2 and b"-o with -c" in r.stderr
    (tmp_path / "bad.ml").write_text('let x = 1 + "a"\n')
    r = robur(["build", "-c", str(tmp_path / "bad.ml")], cache_dir)
    c = robur(["check", str(tmp_path / "bad.ml")], cache_dir)
    assert (r.returncode, r.stderr) == (c.returncode, c.stderr) == (2, c.stderr)
    assert not (tmp_path / "bad.o").exists()


def test_unit_with_thousands_of_items(tmp_path, cache_dir):
    """A unit's top level is one chain of lets: 5,000 items must not
    exhaust the translator's recursion (they did, in the main thread)."""
    src = tmp_path / "many.ml"
    src.write_text("".join(f"let f{i} x = if x > {i} then x * {i} else x - {i}\n" for i in range(5000))
                   + "let () = print_int (f4999 1)\n")
    r = robur(["build", "--target", "unix", str(src), "-o", str(tmp_path / "many")], cache_dir)
    assert r.returncode == 0, r.stderr
    assert subprocess.run([str(tmp_path / "many")], stdout=subprocess.PIPE).stdout == b"-4998"
