"""Hypothesis properties: robur's Stdlib gives OCaml 4.13's results on
generated inputs.

Each test draws N cases with hypothesis, writes them all into one OCaml
program (one output line per case), runs it with Debian's `ocaml` (the
reference: OCaml's own Stdlib) and builds it with robur for the unix target;
the outputs must be equal line for line.  Batched, so that one ocaml process
and one robur build check many inputs.

- Random: generated seeds (ints and int arrays, through init, full_init and
  State.make), long runs of draws of every kind with generated bounds
  (including the invalid ones and their messages);
- String and Bytes: every function on generated strings (bytes 0..255,
  separators, blanks) with generated indices, in and out of range;
- Hashtbl: generated add/replace/remove sequences, then the iteration order
  (iter, fold, to_seq), find_all, length, and Hashtbl.hash of generated
  values (the hash and the bucket order are OCaml's);
- Map and Set: generated operations on Map.Make(Int) and Set.Make(String)
  (bindings, union/inter/diff, split, find_first, partition, ...);
- Printf: generated conversion specifications (flags, width, precision,
  every integer, float, string, char and bool conversion) on generated
  arguments, including nan, infinities, -0. and subnormals.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]

needs_ocaml = pytest.mark.skipif(shutil.which("ocaml") is None, reason="needs ocaml")


def _robur() -> list[str]:
    robur = ROOT / ".venv" / "bin" / "robur"
    return [str(robur)] if robur.exists() else [sys.executable, "-m", "robur.cli"]


def ml_string(b: bytes) -> str:
    """An OCaml string literal for these bytes."""
    out = []
    for c in b:
        if c in (34, 92):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append(f"\\{c:03d}")
    return '"' + "".join(out) + '"'


def ml_int(n: int) -> str:
    return f"({n})"


def collect(strategy, n: int) -> list:
    cases: list = []

    @settings(max_examples=n, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(case):
        cases.append(case)

    run()
    return cases


PRELUDE = r"""
let p s = print_string s; print_newline ()
let ex f = try f () with
  | Invalid_argument s -> "Invalid_argument " ^ s
  | Failure s -> "Failure " ^ s
  | Not_found -> "Not_found"
  | Division_by_zero -> "Division_by_zero"
let si = string_of_int
let sb = string_of_bool
let q s = "\"" ^ String.escaped s ^ "\""
let qb b = q (Bytes.to_string b)
let ob f = function None -> "None" | Some v -> "Some " ^ f v
let il l = "[" ^ String.concat ";" (List.map si l) ^ "]"
let sl l = "[" ^ String.concat ";" (List.map q l) ^ "]"
let line n parts = p (si n ^ ": " ^ String.concat " | " (List.map (fun f -> ex f) parts))
"""


def run_both(tmp_path: Path, src: str, cases: int) -> None:
    main = tmp_path / "main.ml"
    main.write_text(src, encoding="latin-1")
    ref = subprocess.run(["ocaml", "-w", "-a", str(main)], capture_output=True, timeout=600)
    assert ref.returncode == 0, ref.stderr.decode("latin-1")[:2000]
    exe = tmp_path / "main.exe"
    b = subprocess.run(_robur() + ["build", "--target", "unix", "main.ml", "-o", str(exe)],
                       cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert b.returncode == 0, b.stderr
    got = subprocess.run([str(exe)], capture_output=True, timeout=300)
    assert got.returncode == 0, got.stderr.decode("latin-1")
    exp_lines = ref.stdout.decode("latin-1").splitlines()
    got_lines = got.stdout.decode("latin-1").splitlines()
    assert len(exp_lines) == cases
    src_lines = src.splitlines()
    diffs = [(n, e, g) for n, (e, g) in enumerate(zip(exp_lines, got_lines)) if e != g]
    assert not diffs and len(got_lines) == len(exp_lines), \
        [(e, g, [l for l in src_lines if l.startswith(f"let () = (* {n} *)")]) for n, e, g in diffs[:3]]


# --------------------------------------------------------------------- Random

BOUNDS = st.one_of(st.integers(-3, 100), st.integers(-(1 << 62), (1 << 62) - 1),
                   st.sampled_from([0x3FFFFFFF, 0x40000000, 0x7FFFFFFF, 1 << 40]))
DRAW = st.one_of(
    st.tuples(st.just("bits"), st.just(0)),
    st.tuples(st.sampled_from(["int", "full_int", "int32", "int64", "nativeint", "float", "bool"]),
              BOUNDS))
SEED = st.one_of(st.tuples(st.just("init"), st.integers(-(1 << 62), (1 << 62) - 1)),
                 st.tuples(st.just("full_init"), st.lists(st.integers(-(1 << 62), (1 << 62) - 1),
                                                          max_size=70)),
                 st.tuples(st.just("state"), st.lists(st.integers(-(1 << 40), 1 << 40), max_size=5)))
RANDOM_CASE = st.tuples(SEED, st.lists(DRAW, min_size=1, max_size=40), st.integers(0, 300))


def _draw(kind: str, bound: int, st_: str) -> str:
    mod = "Random.State" if st_ else "Random"
    arg = f"{st_} " if st_ else ""
    if kind == "bits":
        return f'si ({mod}.bits {arg or "()"})'
    if kind == "bool":
        return f'sb ({mod}.bool {arg or "()"})'
    if kind == "float":
        return f"string_of_float ({mod}.float {arg}({float(bound % 1000) - 3.5!r}))"
    if kind == "int32":
        b = max(-(1 << 31), min(bound, (1 << 31) - 1))
        return f"Int32.to_string ({mod}.int32 {arg}({b}l))"
    if kind == "int64":
        return f"Int64.to_string ({mod}.int64 {arg}({bound}L))"
    if kind == "nativeint":
        return f"Nativeint.to_string ({mod}.nativeint {arg}({bound}n))"
    return f"si ({mod}.{kind} {arg}{ml_int(bound)})"


def random_program(cases) -> str:
    lines = [PRELUDE]
    for n, ((how, seed), draws, run) in enumerate(cases):
        if how == "init":
            setup, s = f"Random.init {ml_int(seed)}", ""
        elif how == "full_init":
            setup, s = "Random.full_init [|" + ";".join(ml_int(x) for x in seed) + "|]", ""
        else:
            setup, s = "", "s"
        parts = [f"(fun () -> {_draw(k, b, s)})" for k, b in draws]
        # a long run, summarised
        parts.append(f"(fun () -> let h = ref 0 in for _ = 1 to {run} do "
                     f"h := (!h * 33 + {'Random.State.bits s' if s else 'Random.bits ()'}) land 0xFFFFFFF done; si !h)")
        bind = ("let s = Random.State.make [|" + ";".join(ml_int(x) for x in seed) + "|] in "
                if s else f"{setup}; ")
        lines.append(f"let () = (* {n} *) {bind}line {n} [{'; '.join(parts)}]")
    return "\n".join(lines) + "\n"


@needs_ocaml
def test_random_sequences_as_ocaml(tmp_path):
    cases = collect(RANDOM_CASE, 300)
    run_both(tmp_path, random_program(cases), len(cases))


# ---------------------------------------------------------------- String, Bytes

TEXT = st.one_of(st.binary(max_size=24),
                 st.lists(st.sampled_from(list(b"ab ,\t\n\x00\xffZ.-")), max_size=24).map(bytes))
CHAR = st.sampled_from(list(b"a ,\x00\xff.Z"))
IDX = st.integers(-2, 28)
STRING_CASE = st.tuples(TEXT, TEXT, CHAR, IDX, IDX, IDX)

STRING_OPS = [
    "si (String.length s)", "q (String.sub s i j)", "si (String.index_from s i c)",
    "si (String.rindex_from s i c)", "ob si (String.index_from_opt s i c)",
    "ob si (String.rindex_from_opt s i c)", "sb (String.contains_from s i c)",
    "sb (String.rcontains_from s i c)", "ob si (String.index_opt s c)", "ob si (String.rindex_opt s c)",
    "si (String.index s c)", "si (String.rindex s c)", "sb (String.contains s c)",
    "sl (String.split_on_char c s)", "q (String.trim s)", "q (String.escaped s)",
    "q (String.uppercase_ascii s)", "q (String.lowercase_ascii s)", "q (String.capitalize_ascii s)",
    "q (String.uncapitalize_ascii s)", "q (String.concat t [s; t; s])", "si (String.compare s t)",
    "sb (String.equal s t)", "sb (String.starts_with t s)", "sb (String.ends_with t s)",
    "q (String.make i c)", "q (String.init i (fun k -> String.get s (k mod (max 1 (String.length s)))))",
    "q (String.map (fun ch -> Char.chr ((Char.code ch + 1) land 255)) s)",
    "q (String.mapi (fun k ch -> if k mod 2 = 0 then ch else c) s)",
    "sb (String.exists (fun ch -> ch = c) s)", "sb (String.for_all (fun ch -> ch <> c) s)",
    "q (String.of_seq (String.to_seq s))", "si (List.length (List.of_seq (String.to_seqi s)))",
    "q (String.make 1 (String.get s i))", "si (Hashtbl.hash s)", "sb (s < t)",
    "qb (Bytes.sub (Bytes.of_string s) i j)", "si (Bytes.length (Bytes.extend (Bytes.of_string s) i j))",
    # (the bytes extend adds are uninitialised: only the copied ones are compared)
    "let r = Bytes.extend (Bytes.of_string s) i j in "
    "q (Bytes.sub_string r (max 0 i) (min (Bytes.length r - max 0 i) (String.length s - max 0 (-i))))",
    "qb (let b = Bytes.of_string s in Bytes.fill b i j c; b)",
    "qb (let b = Bytes.of_string s in Bytes.blit (Bytes.of_string t) i b j k; b)",
    "qb (let b = Bytes.make 30 c in Bytes.blit_string s i b j k; b)",
    "qb (Bytes.cat (Bytes.of_string s) (Bytes.of_string t))", "qb (Bytes.trim (Bytes.of_string s))",
    "qb (Bytes.escaped (Bytes.of_string s))", "qb (Bytes.sub (Bytes.of_string s) j i)",
    "si (Bytes.compare (Bytes.of_string s) (Bytes.of_string t))",
    "ob si (Bytes.index_from_opt (Bytes.of_string s) i c)",
    "ob si (Bytes.rindex_from_opt (Bytes.of_string s) i c)",
    "qb (let b = Bytes.of_string s in Bytes.set b i c; b)",
    "qb (Bytes.concat (Bytes.of_string t) [Bytes.of_string s; Bytes.empty; Bytes.of_string s])",
    "qb (Bytes.uppercase_ascii (Bytes.of_string s))", "q (Bytes.sub_string (Bytes.of_string s) i j)",
]


def string_program(cases) -> str:
    lines = [PRELUDE]
    for n, (s, t, c, i, j, k) in enumerate(cases):
        parts = "; ".join(f"(fun () -> {op})" for op in STRING_OPS)
        lines.append(f"let () = (* {n} *) let s = {ml_string(s)} and t = {ml_string(t)} "
                     f"and c = Char.chr {c} and i = {ml_int(i)} and j = {ml_int(j)} and k = {ml_int(k)} in "
                     f"line {n} [{parts}]")
    return "\n".join(lines) + "\n"


@needs_ocaml
def test_string_bytes_as_ocaml(tmp_path):
    cases = collect(STRING_CASE, 300)
    run_both(tmp_path, string_program(cases), len(cases))


# -------------------------------------------------------------------- Hashtbl

KEY = st.one_of(st.integers(-50, 50), st.integers(-(1 << 62), (1 << 62) - 1))
HOP = st.one_of(st.tuples(st.sampled_from(["add", "replace"]), KEY, st.integers(0, 999)),
                st.tuples(st.just("remove"), KEY, st.just(0)))
HASH_CASE = st.tuples(st.integers(-1, 70), st.lists(HOP, max_size=120),
                      st.lists(st.one_of(st.integers(-(1 << 62), (1 << 62) - 1), st.binary(max_size=12)),
                               max_size=6))


def hashtbl_program(cases) -> str:
    lines = [PRELUDE, """
let dump h =
  let l = Hashtbl.fold (fun k v acc -> (si k ^ "=" ^ si v) :: acc) h [] in
  String.concat "," l
let iter_order h =
  let b = Buffer.create 64 in
  Hashtbl.iter (fun k v -> Buffer.add_string b (si k ^ ":" ^ si v ^ " ")) h;
  Buffer.contents b
let seq_order h = String.concat "," (List.of_seq (Seq.map (fun (k, v) -> si k ^ "/" ^ si v) (Hashtbl.to_seq h)))
"""]
    for n, (size, ops, values) in enumerate(cases):
        body = "; ".join(
            f"Hashtbl.{op} h {ml_int(k)} {v}" if op != "remove" else f"Hashtbl.remove h {ml_int(k)}"
            for op, k, v in ops) or "()"
        keys = sorted({k for _, k, _ in ops})[:5]
        hashes = "; ".join(
            f"(fun () -> si (Hashtbl.hash {ml_int(v) if isinstance(v, int) else ml_string(v)}))"
            for v in values)
        parts = ["(fun () -> si (Hashtbl.length h))", "(fun () -> dump h)", "(fun () -> iter_order h)",
                 "(fun () -> seq_order h)",
                 "(fun () -> let h2 = Hashtbl.copy h in Hashtbl.filter_map_inplace "
                 "(fun k v -> if (k + v) mod 3 = 0 then None else Some (v * 2)) h2; dump h2)",
                 "(fun () -> let h3 = Hashtbl.of_seq (Hashtbl.to_seq h) in dump h3)"]
        parts += [f"(fun () -> il (Hashtbl.find_all h {ml_int(k)}))" for k in keys]
        parts += [f"(fun () -> ob si (Hashtbl.find_opt h {ml_int(k)}))" for k in keys]
        if hashes:
            parts.append(hashes)
        lines.append(f"let () = (* {n} *) let h = Hashtbl.create {ml_int(size)} in {body}; "
                     f"line {n} [{'; '.join(parts)}]")
    return "\n".join(lines) + "\n"


@needs_ocaml
def test_hashtbl_order_as_ocaml(tmp_path):
    cases = collect(HASH_CASE, 200)
    run_both(tmp_path, hashtbl_program(cases), len(cases))


# ------------------------------------------------------------------ Map, Set

MKEYS = st.lists(st.integers(-30, 30), max_size=30)
SKEYS = st.lists(st.sampled_from(["", "a", "b", "ab", "ba", "abc", "z", "Z", "aa", "\xff"]), max_size=12)
MAPSET_CASE = st.tuples(MKEYS, MKEYS, SKEYS, SKEYS, st.integers(-31, 31))


def mapset_program(cases) -> str:
    lines = [PRELUDE, """
module IM = Map.Make (Int)
module SS = Set.Make (String)
let of_keys l = List.fold_left (fun m k -> IM.add k (k * k) m) IM.empty l
let bs m = String.concat "," (List.map (fun (k, v) -> si k ^ ">" ^ si v) (IM.bindings m))
let ss s = sl (SS.elements s)
"""]
    ops = [
        "bs a", "bs b", "si (IM.cardinal a)", "bs (IM.union (fun _ x y -> Some (x + y)) a b)",
        "bs (IM.merge (fun _ x y -> match x, y with Some x, None -> Some x | None, Some y -> Some (-y) | _ -> None) a b)",
        "bs (IM.remove k a)", "bs (IM.filter (fun k _ -> k mod 2 = 0) a)",
        "let l, v, r = IM.split k a in bs l ^ \"/\" ^ ob si v ^ \"/\" ^ bs r",
        "ob (fun (k, v) -> si k ^ si v) (IM.find_first_opt (fun x -> x >= k) a)",
        "ob (fun (k, v) -> si k ^ si v) (IM.find_last_opt (fun x -> x <= k) a)",
        "si (fst (IM.min_binding a))", "si (fst (IM.max_binding a))", "si (IM.find k a)",
        "si (IM.compare compare a b)", "sb (IM.equal ( = ) a b)",
        "bs (IM.update k (function None -> Some 0 | Some v -> if v > 10 then None else Some (v + 1)) a)",
        "let x, y = IM.partition (fun k _ -> k > 0) a in bs x ^ \"/\" ^ bs y",
        "bs (IM.map (fun v -> v + 1) a)", "si (IM.fold (fun k v acc -> acc * 7 + k + v) a 0)",
        "ss s", "ss (SS.union s t)", "ss (SS.inter s t)", "ss (SS.diff s t)", "sb (SS.subset s t)",
        "si (SS.compare s t)", "sb (SS.equal s t)", "let l, m, r = SS.split \"ab\" s in ss l ^ sb m ^ ss r",
        "ob q (SS.find_first_opt (fun x -> x >= \"b\") s)", "ob q (SS.min_elt_opt s)",
        "ob q (SS.max_elt_opt s)", "ss (SS.filter (fun x -> String.length x > 1) s)",
        "ss (SS.map String.uppercase_ascii s)", "si (SS.cardinal s)", "q (SS.choose s)",
        "ss (SS.of_seq (SS.to_rev_seq s))", "sl (List.of_seq (SS.to_seq_from \"b\" s))",
    ]
    for n, (ka, kb, sa, sb_, k) in enumerate(cases):
        parts = "; ".join(f"(fun () -> {op})" for op in ops)
        lines.append(
            f"let () = (* {n} *) let a = of_keys [{';'.join(ml_int(x) for x in ka)}] "
            f"and b = of_keys [{';'.join(ml_int(x) for x in kb)}] "
            f"and s = SS.of_list [{';'.join(ml_string(x.encode('latin-1')) for x in sa)}] "
            f"and t = SS.of_list [{';'.join(ml_string(x.encode('latin-1')) for x in sb_)}] "
            f"and k = {ml_int(k)} in line {n} [{parts}]")
    return "\n".join(lines) + "\n"


@needs_ocaml
def test_map_set_as_ocaml(tmp_path):
    cases = collect(MAPSET_CASE, 200)
    run_both(tmp_path, mapset_program(cases), len(cases))


# ---------------------------------------------------------------------- Printf
# A generated conversion specification (flags, width, precision, conversion)
# applied to a generated argument of the conversion's type, through
# Printf.sprintf, both as a literal format and with * width/precision.

INT_CONV = st.sampled_from(list("dixXuo"))
FLOAT_CONV = st.sampled_from(list("feEgGFhH"))
FLAGS = st.lists(st.sampled_from(list("-0+ #")), max_size=3, unique=True).map("".join)
WIDTH = st.one_of(st.just(""), st.integers(1, 25).map(str))
PREC = st.one_of(st.just(""), st.integers(0, 20).map(lambda p: f".{p}"))
FLOATS = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from([0.0, -0.0, 0.1, 1e23, 5e-324, 1.5, -2.5, 1e300, 123456.789]))
INTS = st.one_of(st.integers(-1000, 1000), st.integers(-(1 << 62), (1 << 62) - 1))
STRS = st.binary(max_size=12)
PRINTF_CASE = st.one_of(
    st.tuples(st.just("int"), FLAGS, WIDTH, st.just(""), INT_CONV, INTS),
    st.tuples(st.just("float"), FLAGS, WIDTH, PREC, FLOAT_CONV, FLOATS),
    st.tuples(st.just("string"), st.sampled_from(["", "-"]), WIDTH, st.just(""), st.sampled_from(["s", "S"]),
              STRS),
    st.tuples(st.just("char"), st.sampled_from(["", "-"]), WIDTH, st.just(""), st.sampled_from(["c", "C"]),
              st.integers(0, 255)),
    st.tuples(st.just("bool"), st.sampled_from(["", "-"]), WIDTH, st.just(""), st.sampled_from(["b", "B"]),
              st.booleans()),
)


def _ml_float(x: float) -> str:
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "infinity" if x > 0 else "neg_infinity"
    return f"({float.hex(x)})" if x != 0 or str(x)[0] != "-" else "(-0.)"


def _printf_valid(kind: str, flags: str, conv: str) -> bool:
    """The specifications OCaml 4.13's format type-checker accepts: the
    flags its parser allows for the conversion, in legacy-free mode."""
    if kind in ("string", "char", "bool"):
        return set(flags) <= {"-"}
    if "#" in flags and conv in "di":
        return False
    if ("+" in flags or " " in flags) and conv in "xXuo":
        return False
    if "-" in flags and "0" in flags:
        return False
    if "+" in flags and " " in flags:
        return False
    return True


def printf_program(cases) -> str:
    lines = [PRELUDE]
    for n, (kind, flags, width, prec, conv, arg) in enumerate(cases):
        spec = f"%{flags}{width}{prec}{conv}"
        if kind == "int":
            value = ml_int(arg)
        elif kind == "float":
            value = _ml_float(arg)
        elif kind == "string":
            value = ml_string(arg)
        elif kind == "char":
            value = f"(Char.chr {arg})"
        else:
            value = "true" if arg else "false"
        lines.append(f'let () = (* {n} *) p (String.escaped (Printf.sprintf "[{spec}]" {value}))')
    return "\n".join(lines) + "\n"


@needs_ocaml
def test_printf_conversions_as_ocaml(tmp_path):
    cases = [c for c in collect(PRINTF_CASE, 600) if _printf_valid(c[0], c[1], c[4])]
    run_both(tmp_path, printf_program(cases), len(cases))
