"""The OCaml runtime of kernel/runtime against OCaml itself: Hashtbl.hash and
polymorphic compare/=/</>= on a set of values (the reference is printed by
the `ocaml` toplevel), the text and exit code of uncaught exceptions,
Stack_overflow caught twice, hello in a 2 MiB VM.  The test program is
kernel/tests/runtime/rt.c; its values are listed in values.h in the same
order as VALUES below."""
from __future__ import annotations

import shutil
import subprocess

import pytest


from rt_util import ACCELS, build_rt, run

WHERE = ["unix", *ACCELS]

# OCaml expressions of the values built by kernel/tests/runtime/values.h.
VALUES = [
    "0", "1", "-1", "max_int", "min_int", "42",
    '""', '"a"', '"hello"', '"hello world!!!"', "String.make 300 'x'",
    "0.0", "-0.0", "1.5", "nan", "infinity", "neg_infinity", "1e300",
    "(1, 2)", '(1, "a", 2.5)', "[1; 2; 3]", "List.init 300 (fun i -> i)",
    "Some 3", "[| 1.0; 2.0 |]", "[| 1; 2; 3 |]", '("abc", [| "x" |])',
    "123456789012L", "[[1]; [2; 3]]", "(0.1, -3)", "Some (Some None)",
]


@pytest.fixture(scope="module", autouse=True)
def rt(kernel_build):
    build_rt()


@pytest.fixture(scope="module")
def ocaml_reference(tmp_path_factory) -> str:
    if shutil.which("ocaml") is None:
        pytest.skip("ocaml missing")
    items = ";\n  ".join(f"Obj.repr ({v})" for v in VALUES)
    script = f"""
let vals = [|
  {items} |]
let () = Array.iteri (fun i v ->
  Printf.printf "h %d %d %d\\n" i (Hashtbl.hash v) (Hashtbl.seeded_hash_param 100 256 42 v)) vals
let b x = if x then 1 else 0
let () = Array.iteri (fun i x -> Array.iteri (fun j y ->
  Printf.printf "c %d %d %d %d %d %d\\n" i j (compare x y) (b (x = y)) (b (x < y)) (b (x >= y)))
  vals) vals
"""
    path = tmp_path_factory.mktemp("ocaml") / "values.ml"
    path.write_text(script)
    proc = subprocess.run(["ocaml", str(path)], capture_output=True, text=True, check=True)
    return proc.stdout


@pytest.mark.parametrize("where", WHERE)
def test_hash_and_compare_match_ocaml(where, ocaml_reference):
    r = run(where, ["values"])
    assert r.exit_code == 0, r.stdout
    got = r.stdout.decode().splitlines()
    want = ocaml_reference.splitlines()
    assert len(got) == len(want)
    bad = [(g, w) for g, w in zip(got, want) if g != w]
    assert not bad, bad[:20]


FATAL = {
    "n": "Not_found",
    "f": 'Failure("boom")',
    "i": 'Invalid_argument("index out of bounds")',
    "m": 'Match_failure("a.ml", 3, 8)',
    "e": "Stdlib.Exit",
    "c": 'Dune__exe__A.E(-3, "x", _)',
}


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("kind", sorted(FATAL))
def test_uncaught_exception(where, kind):
    if where == "kvm" and kind not in "nf":
        pytest.skip("KVM: two kinds are enough")
    r = run(where, ["raise", kind])
    assert r.exit_code == 2
    # stdout is flushed before the message goes to stderr
    assert r.stdout.decode() == f"before\nFatal error: exception {FATAL[kind]}\n"


@pytest.mark.parametrize("where", WHERE)
def test_stack_overflow_is_caught(where):
    # 2 MiB VMs get the 64 KiB minimum stack: quick to overflow under KVM too
    r = run(where, ["stack"], memory_mb=2 if where == "kvm" else 32)
    assert r.exit_code == 0, r.stdout
    assert r.stdout.decode() == "caught Stack_overflow\n" * 2


@pytest.mark.parametrize("accel", ACCELS)
def test_hello_in_2_mib(accel):
    r = run(accel, ["hello"], memory_mb=2)
    assert r.exit_code == 0 and r.stdout == b"hello\n", r.stdout


FLOAT_INPUTS = ["0.0", "-0.0", "0.5", "-0.5", "1.0", "1.5", "2.5", "-2.5", "3.7", "-3.7",
                "1e-300", "123456.789", "1e22", "0.1", "10.0", "4503599627370497.0",
                "-1e300", "0.75", "100.25", "-7.125"]
UNARY = [("sqrt", "sqrt"), ("floor", "floor"), ("ceil", "ceil"), ("trunc", "Float.trunc"),
         ("round", "Float.round"), ("exp", "exp"), ("log", "log"), ("log10", "log10"),
         ("expm1", "expm1"), ("log1p", "log1p"), ("sin", "sin"), ("cos", "cos"),
         ("tan", "tan"), ("asin", "asin"), ("acos", "acos"), ("atan", "atan"),
         ("sinh", "sinh"), ("cosh", "cosh"), ("tanh", "tanh"), ("cbrt", "Float.cbrt")]
BINARY = [("fmod", "mod_float"), ("pow", "( ** )"), ("atan2", "atan2"), ("hypot", "hypot"),
          ("copysign", "copysign")]
# Correctly rounded in robur (must print exactly as OCaml); the others are
# allowed 2 ulps (x87 extended precision vs glibc, see docs/runtime.md).
EXACT = {"sqrt", "floor", "ceil", "trunc", "round", "fmod", "copysign"}


def ulps(a: float, b: float) -> int:
    import struct
    ia = struct.unpack("<q", struct.pack("<d", a))[0]
    ib = struct.unpack("<q", struct.pack("<d", b))[0]
    if ia < 0:
        ia = -(ia & 0x7FFFFFFFFFFFFFFF)
    if ib < 0:
        ib = -(ib & 0x7FFFFFFFFFFFFFFF)
    return abs(ia - ib)


@pytest.fixture(scope="module")
def float_reference(tmp_path_factory) -> str:
    if shutil.which("ocaml") is None:
        pytest.skip("ocaml missing")
    un = "; ".join(f'"{n}", {f}' for n, f in UNARY)
    bi = "; ".join(f'"{n}", {f}' for n, f in BINARY)
    script = f"""
let inputs = [| {"; ".join(FLOAT_INPUTS)} |]
let n = Array.length inputs
let () = List.iter (fun (name, f) -> Array.iteri (fun i x ->
  Printf.printf "%s %d %.17g\\n" name i (f x)) inputs) [ {un} ]
let () = List.iter (fun (name, f) -> Array.iteri (fun i x ->
  Printf.printf "%s %d %.17g\\n" name i (f x inputs.((i * 7 + 3) mod n))) inputs) [ {bi} ]
"""
    path = tmp_path_factory.mktemp("ocaml") / "floats.ml"
    path.write_text(script)
    return subprocess.run(["ocaml", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("where", WHERE)
def test_float_functions_match_ocaml(where, float_reference):
    r = run(where, ["floats"])
    assert r.exit_code == 0, r.stdout
    got = r.stdout.decode().splitlines()
    want = float_reference.splitlines()
    assert len(got) == len(want)
    bad = []
    for g, w in zip(got, want):
        name, i, gv = g.split()
        _, _, wv = w.split()
        if name in EXACT:
            ok = gv == wv
        else:
            fg, fw = float(gv), float(wv)
            ok = gv == wv or (fg == fg and fw == fw and ulps(fg, fw) <= 2)
        if not ok:
            bad.append((g, w))
    assert not bad, bad


@pytest.mark.parametrize("where", WHERE)
def test_exceptions_across_c_frames(where):
    # trap frames in OCaml-like code, caml_raise from C (local roots
    # unwound), caml_raise_exn from OCaml through a callback, 1000 times
    r = run(where, ["exn"])
    assert r.exit_code == 0 and r.stdout == b"exceptions ok\n", r.stdout
    if where == "unix":
        r = run(where, ["--robur-gc-stress=1,4", "exn"])
        assert r.exit_code == 0 and r.stdout == b"exceptions ok\n", r.stdout


@pytest.mark.parametrize("where", WHERE)
def test_input_lines(where):
    from rt_util import BUILD, TIMEOUT
    from robur.vm import run_image, run_unix
    data = b"one\ntwo\n" + b"x" * 5000 + b"\n"
    if where == "unix":
        r = run_unix(BUILD / "unix" / "rt-tests" / "rt", ["echo", "4"], stdin=data + b"tail",
                     timeout=TIMEOUT)
        assert r.stdout == b"got: one\ngot: two\ngot: " + b"x" * 5000 + b"\ngot: tail"
    else:
        r = run_image(BUILD / "pvh" / "rt-tests" / "rt.elf", ["echo", "3"], accel=where,
                      stdin=data, timeout=TIMEOUT, quiet=True)
        assert r.stdout == b"got: one\ngot: two\ngot: " + b"x" * 5000 + b"\n"
    assert r.exit_code == 0


BACKTRACE = ('Fatal error: exception Not_found\n'
             'Raised at A.f in file "a.ml", line 3, characters 8-11\n'
             'Called from A.g in file "a.ml", line 5, characters 2-9\n')


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("first", ["", "c"])
def test_uncaught_exception_backtrace(where, first):
    # entry.S: A.g calls A.f which raises (frame descriptors with debug
    # info); recording on, as with Printexc.record_backtrace true
    r = run(where, ["bt", first] if first else ["bt"])
    assert r.exit_code == 2
    assert r.stdout.decode() == BACKTRACE
