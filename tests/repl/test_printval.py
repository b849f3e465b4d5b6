"""The value printer against OCaml's toplevel.

Oracle: `ocaml` runs a script of definitions and prints `val x : t = v`.
The same script, with a dumper appended, prints each value's memory
representation (via Obj); robur type-checks the definitions, decodes the dump
and prints the value by its type.  Both `val` lines must be identical.
"""
from __future__ import annotations

import subprocess

import pytest

from robur.repl.printval import Block, Closure, FloatArray, float_of_bits, tree_of_value, value_line
from robur.typing.pformat import Doc
from tests.conftest import require

DEFINITIONS = """\
type r = { x : int; name : string; tags : string list }
type t = A | B of int * string | C of t | D of { d : float }
type 'a box = { v : 'a; mutable n : int }
type p = { px : float; py : float }
type tree = Leaf | Node of tree * int * tree
let rec deep n = if n = 0 then Leaf else Node (deep (n - 1), n, Leaf)
exception E of int * string
let v01 = List.init 400 (fun i -> i)
let v02 = [Some (-1); None]
let v03 = (1.5, 1e10, 0.1, 1. /. 3., nan, infinity, -0., 100.)
let v04 = { x = -3; name = "a\\"b\\n\\t\\\\"; tags = ["t"] }
let v05 = [| [| 1; 2 |]; [||] |]
let v06 = [A; B (1, "x"); C (C A); D { d = 2.5 }]
let v07 = ref 'x'
let v08 = String.make 400 'a'
let v09 = [String.make 10 'b'; String.make 300 'c']
let v10 = deep 60
let v11 = ([], None, [||])
let v12 = Bytes.of_string "ab"
let v13 = (fun x -> x), Not_found, Failure "boom"
let v14 = E (1, "x")
let v15 = [| 1.; 2.5 |]
let v16 = { v = [1]; n = 2 }
let v17 = ()
let v18 = (-5, Some (-2.5), [-1], Some (-0.))
let v19 = { px = 1.; py = -2. }
let v20 = Array.init 200 (fun i -> i * 1000)
let v21 = [('\\n', true); ('\\'', false); ('\\200', true)]
let v22 = List.init 30 (fun i -> (i, string_of_int i))
let v23 = Some (Some (Some [Some 1]))
let v24 = [[1; 2]; []; [3]]
let v25 = Invalid_argument "index out of bounds"
type big = { alpha : string; beta : int list; gamma : (int * string) option; delta : float array }
let v26 = { alpha = String.make 30 'x'; beta = List.init 25 (fun i -> i * i); gamma = Some (7, "seven"); delta = Array.make 12 0.125 }
let v27 = Some (1, 2)
let v28 = [ (fun x -> x + 1) ]
let v29 = List.init 12 (fun i -> B (i, String.make i 'z'))
let v30 = (Some [], [None], [| Some 1. |])
let v31 = List.init 8 (fun i -> List.init i (fun j -> j))
let v32 = { v = { v = "inner"; n = 0 }; n = -1 }
let v33 = [| "a"; "b\\"c" |]
let v34 = Failure (String.make 100 'f')
let v35 = (max_int, min_int, 0x7fff_ffff)
"""
NAMES = [f"v{i:02d}" for i in range(1, 36)]

DUMPER = """
let rec dump (o : Obj.t) =
  if Obj.is_int o then Printf.printf "i%d " (Obj.obj o : int)
  else begin
    let tag = Obj.tag o in
    if tag = Obj.string_tag then begin
      let s : string = Obj.obj o in
      Printf.printf "s%d:%s " (String.length s) s
    end else if tag = Obj.double_tag then
      Printf.printf "f%Ld " (Int64.bits_of_float (Obj.obj o : float))
    else if tag = Obj.double_array_tag then begin
      Printf.printf "F%d " (Obj.size o);
      for i = 0 to Obj.size o - 1 do
        Printf.printf "%Ld " (Int64.bits_of_float (Obj.double_field o i))
      done
    end else if tag = Obj.closure_tag || tag = Obj.infix_tag then print_string "c "
    else begin
      Printf.printf "b%d,%d " tag (Obj.size o);
      for i = 0 to Obj.size o - 1 do dump (Obj.field o i) done
    end
  end
let () = List.iter (fun o -> dump o; print_char (Char.chr 0)) [VALUES]
"""


def parse_dump(line: bytes):
    pos = 0

    def word() -> bytes:
        nonlocal pos
        end = line.index(b" ", pos)
        w = line[pos:end]
        pos = end + 1
        return w

    def value():
        nonlocal pos
        kind = line[pos:pos + 1]
        if kind == b"s":
            colon = line.index(b":", pos)
            n = int(line[pos + 1:colon])
            s = line[colon + 1:colon + 1 + n]
            pos = colon + 1 + n + 1
            return s
        w = word()
        if kind == b"i":
            return int(w[1:])
        if kind == b"f":
            return float_of_bits(int(w[1:]))
        if kind == b"F":
            return FloatArray(tuple(float_of_bits(int(word())) for _ in range(int(w[1:]))))
        if kind == b"c":
            return Closure()
        tag, size = (int(x) for x in w[1:].split(b","))
        return Block(tag, tuple(value() for _ in range(size)))

    return value()


@pytest.fixture(scope="module")
def oracle(tmp_path_factory):
    require("ocaml")
    d = tmp_path_factory.mktemp("printval")
    defs = d / "defs.ml"
    defs.write_text(DEFINITIONS)
    phrases = DEFINITIONS.replace("\n" + "let ", ";;\nlet ").replace("\ntype ", ";;\ntype ").replace("\nexception ", ";;\nexception ")
    top = subprocess.run(["ocaml", "-noprompt", "-nopromptcont"], input=(phrases + ";;\n").encode(),
                         capture_output=True).stdout.decode("latin-1")
    expected: dict[str, str] = {}
    current = None
    for line in top.split("\n"):
        if line.startswith("val "):
            current = line.split()[1]
            expected[current] = line
        elif line.startswith("  ") and current is not None:
            expected[current] += "\n" + line
        else:
            current = None
    script = d / "dump.ml"
    script.write_text(DEFINITIONS + DUMPER.replace("VALUES", "; ".join(f"Obj.repr {n}" for n in NAMES)))
    r = subprocess.run(["ocaml", str(script)], capture_output=True)
    assert r.returncode == 0, r.stderr
    dumps = dict(zip(NAMES, r.stdout.split(b"\x00")))
    from robur.typing.checker import Checker
    checker = Checker()
    checker.update({str(defs): DEFINITIONS})
    unit = next(iter(checker.units.values()))
    assert unit.error is None, unit.error
    types = {it.id.name: it.desc.type for it in unit.inferred if hasattr(it, "desc")}
    exns = {it.id.name: it.decl.args for it in unit.inferred if type(it).__name__ == "SigException"}
    return expected, dumps, types, exns


@pytest.mark.parametrize("name", NAMES)
def test_value_printed_as_the_toplevel_does(oracle, name):
    expected, dumps, types, exns = oracle
    from robur.typing.printtyp import print_type, Names
    t = types[name]
    d = Doc()
    print_type(d, t, Names())
    got = value_line(name, d, tree_of_value(parse_dump(dumps[name] + b" "), t, exceptions=exns))
    assert got == expected[name]
