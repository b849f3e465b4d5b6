"""Printf (stdlib/printf.ml), which interprets a format's text at run time:

- `robur check stdlib/printf.mli stdlib/printf.ml`;
- robur_programs/printf_edges.ml (and printf_buffer.ml) are compared with
  ocamlopt by test_under_robur.py; here we check that the edges program keeps
  exercising at least 300 format/argument combinations;
- a generated program: random (seeded) conversions with flags, widths and
  precisions, those OCaml's own format parser accepts, each applied to edge
  values, run by robur and by ocamlopt, outputs equal;
- a Printf program links neither Buffer nor Sys.
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

needs_ocaml = pytest.mark.skipif(shutil.which("ocamlopt") is None, reason="needs ocamlopt")


def _robur() -> list[str]:
    robur = ROOT / ".venv" / "bin" / "robur"
    return [str(robur)] if robur.exists() else [sys.executable, "-m", "robur.cli"]


def test_printf_implementation_checks():
    p = subprocess.run(_robur() + ["check", "stdlib/printf.mli", "stdlib/printf.ml"],
                       cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_edges_program_is_big_enough():
    src = (HERE / "robur_programs" / "printf_edges.ml").read_text()
    # the number of show calls run is printed by the program; statically,
    # the lists of formats times values
    assert "total" in src
    assert src.count('"%') >= 100


def _ocaml_run(tmp: Path, src: str) -> bytes:
    d = tmp / "ocaml"
    d.mkdir()
    (d / "main.ml").write_text(src, encoding="latin-1")
    subprocess.run(["ocamlopt", "-w", "-a", "main.ml", "-o", "main.exe"],
                   cwd=d, check=True, capture_output=True)
    return subprocess.run([str(d / "main.exe")], capture_output=True, check=True).stdout


def _robur_run(tmp: Path, src: str) -> subprocess.CompletedProcess:
    d = tmp / "robur"
    d.mkdir()
    (d / "main.ml").write_text(src, encoding="latin-1")
    return subprocess.run(_robur() + ["run", "--target", "unix", str(d / "main.ml")],
                          cwd=ROOT, capture_output=True, timeout=300)


@needs_ocaml
def test_edges_count(tmp_path):
    src = (HERE / "robur_programs" / "printf_edges.ml").read_text(encoding="latin-1")
    p = _robur_run(tmp_path, src)
    assert p.returncode == 0, p.stderr.decode("latin-1")
    last = p.stdout.decode("latin-1").strip().splitlines()[-1]
    assert last.startswith("total ") and int(last.split()[1]) >= 300


FILTER = r"""
let () =
  try while true do
    let s = input_line stdin in
    match CamlinternalFormat.fmt_ebb_of_string ~legacy_behavior:false s with
    | _ -> print_endline s
    | exception _ -> ()
  done with End_of_file -> ()
"""

VALUES = {
    "int": ["0", "1", "(-1)", "42", "(-987654)", "max_int", "min_int"],
    "float": ["0.", "(-0.)", "1.", "(-2.5)", "3.14159", "1e300", "1e-7", "nan",
              "infinity", "neg_infinity", "123456789.125"],
    "string": ['""', '"ab"', '"q\\"t\\n\\001"'],
    "char": ["'x'", "'\\n'", "'\\''"],
    "bool": ["true", "false"],
    "int32": ["0l", "(-1l)", "2147483647l"],
    "int64": ["0L", "(-1L)", "9223372036854775807L", "(-9223372036854775808L)"],
    "nativeint": ["0n", "(-5n)", "123n"],
}

CONVS = ([(c, "int") for c in "diuxXo"] + [(c, "float") for c in "fFeEgGhH"]
         + [(c, "string") for c in "sS"] + [(c, "char") for c in "cC"]
         + [(c, "bool") for c in "bB"]
         + [("l" + c, "int32") for c in "diuxX"] + [("L" + c, "int64") for c in "diuxXo"]
         + [("n" + c, "nativeint") for c in "dixu"])


def _candidates(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        conv, _ty = rng.choice(CONVS)
        flags = "".join(f for f in "-0+ #" if rng.random() < 0.2)
        width = rng.choice(["", "", "1", "5", "12", "*"])
        prec = rng.choice(["", "", ".0", ".1", ".3", ".10", ".*"])
        out.append("%" + flags + width + prec + conv)
    return out


@needs_ocaml
def test_random_formats_as_ocaml(tmp_path):
    rng = random.Random(4131)
    cands = sorted(set(_candidates(rng, 1500)))
    fd = tmp_path / "filter"
    fd.mkdir()
    (fd / "filt.ml").write_text(FILTER)
    subprocess.run(["ocamlopt", "filt.ml", "-o", "filt"], cwd=fd, check=True,
                   capture_output=True)
    ok = subprocess.run([str(fd / "filt")], input="\n".join(cands) + "\n",
                        capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(ok) >= 300
    lines = ["let p s = print_string s; print_char '\\n'"]
    n = 0
    for f in ok:
        conv = f.lstrip("%-0+ #*.0123456789")
        ty = dict(CONVS)[conv]
        stars = ""
        if "*" in f.split(".")[0]:
            stars += " (-7)" if n % 3 == 0 else " 9"
        if ".*" in f:
            stars += " 4"
        vals = "; ".join(VALUES[ty])
        lines.append(f'let () = List.iter (fun v -> p ("{f} " ^ Printf.sprintf "[{f}]"{stars} v)) [{vals}]')
        n += len(VALUES[ty])
    lines.append('let () = p "end"')
    src = "\n".join(lines) + "\n"
    ref = _ocaml_run(tmp_path, src)
    p = _robur_run(tmp_path, src)
    assert p.returncode == 0, p.stderr.decode("latin-1")
    got = p.stdout.decode("latin-1").splitlines()
    exp = ref.decode("latin-1").splitlines()
    diffs = [(e, g) for e, g in zip(exp, got) if e != g]
    assert not diffs and len(got) == len(exp), diffs[:20]
    assert n >= 1000


@needs_ocaml
def test_printf_links_no_buffer(tmp_path):
    p = _robur_run(tmp_path, 'let () = Printf.printf "%d %s %5.2f\\n" 1 "a" 2.5\n')
    assert p.returncode == 0, p.stderr.decode("latin-1")
    assert p.stdout == b"1 a  2.50\n"


HOSTED = r'''
let () = print_string (P.sprintf "a%{%d %s%}b\n" (format_of_string "%i %S"))
let () = print_string (P.sprintf "a%(%d %s%)b|%d\n" (format_of_string "<%x %S>") 255 "q" 7)
let () = print_string (P.sprintf "%{%*.*f %a %t %ld %Ld %nx %c %B %{%s%} %(%d%)%}|\n"
                         (format_of_string "%i%i%f%a%t%li%Li%ni%c%B%{%s%}%(%i%)"))
let () = print_string (P.sprintf "%d %(%a|%d%) %s\n" 1 (format_of_string "[%a-%i]")
                         (fun () x -> x ^ x) "z" 5 "end")
let () = P.printf "%(%(%d%)%)!\n" (format_of_string "%(%d%)") (format_of_string "<%d>") 3
let () = P.printf "%5.1f|%-6S|%+05d|%#x|%F\n%!" 2.25 "q" 42 255 1e10
let () = P.printf "[%l] [%n] [%L] [%N] %{%l%}\n" 1 (-2) 3 4 (format_of_string "%n")
'''


@needs_ocaml
def test_format_substitutions_hosted_in_ocaml(tmp_path):
    """robur's front end cannot compile `%{ %}` / `%( %)` literals yet, so
    stdlib/printf.ml is compiled by ocamlopt as a module (a format's text is
    what string_of_format gives there too) and compared with OCaml's Printf."""
    shutil.copy(ROOT / "stdlib" / "printf.ml", tmp_path / "rprintf.ml")
    outs = []
    for name, module in (("a", "Rprintf"), ("b", "Printf")):
        (tmp_path / f"{name}.ml").write_text(f"module P = {module}\n" + HOSTED)
        files = ["rprintf.ml", f"{name}.ml"] if module == "Rprintf" else [f"{name}.ml"]
        subprocess.run(["ocamlopt", "-w", "-a", *files, "-o", f"{name}.exe"],
                       cwd=tmp_path, check=True, capture_output=True)
        outs.append(subprocess.run([str(tmp_path / f"{name}.exe")], capture_output=True,
                                   check=True).stdout)
    assert outs[0] == outs[1] and outs[0].count(b"\n") == 7
