"""Format (stdlib/format.ml): OCaml 4.13's pretty-printer, byte for byte.

- `robur check` of format.ml (and printf.ml, whose format interpreter
  Format shares: Printf.make_printf);
- the programs in format_programs/ (the engine call by call at many
  margins, every "@" directive and Printf conversion under Format, the
  printf family, the standard formatters interleaved with plain output and
  flushed at exit) built by ocamlopt and by robur for both targets: the
  same stdout, stderr and status (on QEMU the console is an interleaving of
  the two streams);
- a hypothesis property: random box/break/text structures (box kinds,
  indents, break widths and offsets, text lengths, tabulations, forced
  newlines, if_newline, flushes, tags marked or not, margins, max_indent,
  max_boxes), each written as Format calls or as a format string (with %a,
  %t, %s), 500 cases in one program, rendered by `ocaml` and by robur on
  both targets, outputs equal.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import is_interleaving
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "format_programs").glob("*.ml"))

needs_ocaml = pytest.mark.skipif(shutil.which("ocamlopt") is None or shutil.which("ocaml") is None,
                                 reason="needs OCaml 4.13")

# checked calls ("name = ..." lines) the programs must keep printing
MIN_CHECKED_CALLS = 300


def _robur() -> list[str]:
    robur = ROOT / ".venv" / "bin" / "robur"
    return [str(robur)] if robur.exists() else [sys.executable, "-m", "robur.cli"]


def _robur_build(src: Path, out: Path, target: str) -> None:
    p = subprocess.run(_robur() + ["build", "--target", target, str(src), "-o", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr


def _ocamlopt_run(src: Path, work: Path) -> subprocess.CompletedProcess:
    d = work / "ocaml"
    d.mkdir(exist_ok=True)
    shutil.copy(src, d / "main.ml")
    subprocess.run(["ocamlopt", "-w", "-a", "main.ml", "-o", "main.exe"], cwd=d, check=True,
                   capture_output=True)
    return subprocess.run([str(d / "main.exe")], capture_output=True, timeout=60)




def _first_diff(exp: bytes, got: bytes) -> str:
    e = exp.decode("latin-1").splitlines()
    g = got.decode("latin-1").splitlines()
    for i, (a, b) in enumerate(zip(e, g)):
        if a != b:
            return f"line {i + 1}:\n  ocaml: {a}\n  robur: {b}"
    return f"{len(e)} lines (ocaml) vs {len(g)} (robur)"


@pytest.mark.parametrize("unit", ["format", "printf"])
def test_implementation_checks(unit):
    p = subprocess.run(_robur() + ["check", f"stdlib/{unit}.mli", f"stdlib/{unit}.ml"],
                       cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout + p.stderr == "", p.stdout + p.stderr


@needs_ocaml
@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_unix(path, tmp_path):
    ref = _ocamlopt_run(path, tmp_path)
    exe = tmp_path / "robur.exe"
    _robur_build(path, exe, "unix")
    r = subprocess.run([str(exe)], capture_output=True, timeout=120)
    assert r.stdout == ref.stdout, _first_diff(ref.stdout, r.stdout)
    assert r.stderr == ref.stderr
    assert r.returncode == ref.returncode == 0


@needs_ocaml
@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_qemu(path, tmp_path):
    from robur.vm.qemu import run_image
    ref = _ocamlopt_run(path, tmp_path)
    image = tmp_path / "robur.elf"
    _robur_build(path, image, "qemu")
    r = run_image(image, timeout=300)
    assert not r.panicked, r.stdout.decode("latin-1")
    assert is_interleaving(r.stdout, ref.stdout, ref.stderr), _first_diff(ref.stdout, r.stdout)
    assert r.exit_code == 0


@needs_ocaml
def test_enough_checked_calls(tmp_path):
    total = 0
    for path in PROGRAMS:
        out = _ocamlopt_run(path, tmp_path).stdout.decode("latin-1").splitlines()
        counted = sum(1 for line in out if " = " in line)
        last = [line for line in out if line.startswith("checked calls: ")][-1]
        assert int(last.split(": ")[1]) == counted
        total += counted
    assert total >= MIN_CHECKED_CALLS


# -- the property ---------------------------------------------------------------

KINDS = ["h", "v", "hv", "hov", "b"]
TEXT = st.text(alphabet="abcdefxyz ", min_size=0, max_size=14)


def _leaf():
    return st.one_of(
        st.tuples(st.just("text"), TEXT),
        st.tuples(st.just("text"), TEXT),
        st.tuples(st.just("break"), st.integers(0, 6), st.integers(-4, 8)),
        st.tuples(st.just("space")),
        st.tuples(st.just("cut")),
        st.tuples(st.just("newline")),
        st.tuples(st.just("if_newline")),
        st.tuples(st.just("as"), st.integers(0, 20), TEXT),
        st.tuples(st.just("close")),
        st.tuples(st.just("tab")),
        st.tuples(st.just("set_tab")),
        st.tuples(st.just("tbreak"), st.integers(0, 5), st.integers(-2, 5)),
        st.tuples(st.just("flush")),
        st.tuples(st.just("flush_newline")),
    )


def _node(children):
    return st.one_of(
        st.tuples(st.just("box"), st.sampled_from(KINDS), st.integers(-2, 7),
                  st.lists(children, max_size=8)),
        st.tuples(st.just("tbox"), st.lists(children, max_size=6)),
        st.tuples(st.just("tag"), st.sampled_from(["t", "em", "x y"]), st.lists(children, max_size=5)),
    )


TREE = st.recursive(_leaf(), _node, max_leaves=30)
CASE = st.tuples(
    st.integers(1, 120),                                 # margin
    st.one_of(st.none(), st.integers(0, 100)),          # max_indent
    st.one_of(st.none(), st.none(), st.integers(0, 8)),  # max_boxes
    st.lists(TREE, min_size=1, max_size=6),
    st.booleans(),                                       # as a format string
    st.booleans(),                                       # tags marked
)


def _int(n: int) -> str:
    return f"({n})" if n < 0 else str(n)


def _str(s: str) -> str:
    return '"' + s + '"'


def _api(node) -> list[str]:
    tag = node[0]
    if tag == "text":
        return [f"pp_print_string ppf {_str(node[1])}"]
    if tag == "break":
        return [f"pp_print_break ppf {_int(node[1])} {_int(node[2])}"]
    if tag == "space":
        return ["pp_print_space ppf ()"]
    if tag == "cut":
        return ["pp_print_cut ppf ()"]
    if tag == "newline":
        return ["pp_force_newline ppf ()"]
    if tag == "if_newline":
        return ["pp_print_if_newline ppf ()"]
    if tag == "as":
        return [f"pp_print_as ppf {node[1]} {_str(node[2])}"]
    if tag == "close":
        return ["pp_close_box ppf ()"]
    if tag == "tab":
        return ["pp_print_tab ppf ()"]
    if tag == "set_tab":
        return ["pp_set_tab ppf ()"]
    if tag == "tbreak":
        return [f"pp_print_tbreak ppf {_int(node[1])} {_int(node[2])}"]
    if tag == "flush":
        return ["pp_print_flush ppf ()"]
    if tag == "flush_newline":
        return ["pp_print_newline ppf ()"]
    if tag == "tag":
        return ([f"pp_open_tag ppf {_str(node[1])}"] + [c for n in node[2] for c in _api(n)]
                + ["pp_close_tag ppf ()"])
    if tag == "tbox":
        return ["pp_open_tbox ppf ()"] + [c for n in node[1] for c in _api(n)] + ["pp_close_tbox ppf ()"]
    _, kind, indent, children = node
    opn = {"h": "pp_open_hbox ppf ()", "v": f"pp_open_vbox ppf {_int(indent)}",
           "hv": f"pp_open_hvbox ppf {_int(indent)}", "hov": f"pp_open_hovbox ppf {_int(indent)}",
           "b": f"pp_open_box ppf {_int(indent)}"}[kind]
    return [opn] + [c for n in children for c in _api(n)] + ["pp_close_box ppf ()"]


def _fmt(node, args: list[str]) -> str:
    """The node as format text; the arguments its conversions take are
    appended to args."""
    tag = node[0]
    if tag == "text":
        if len(args) % 3 == 1:
            args.append(_str(node[1]))
            return "%s"
        return node[1]
    if tag == "break":
        return f"@;<{node[1]} {node[2]}>"
    if tag == "space":
        return "@ "
    if tag == "cut":
        return "@,"
    if tag == "newline":
        return "@\\n"
    if tag == "as":
        args.append(_str(node[2]))
        return f"@<{node[1]}>%s"
    if tag == "close":
        return "@]"
    if tag == "flush":
        return "@?"
    if tag == "flush_newline":
        return "@."
    if tag == "tag":
        return f"@{{<{node[1]}>" + "".join(_fmt(c, args) for c in node[2]) + "@}"
    if tag in ("if_newline", "tab", "set_tab", "tbreak", "tbox"):
        args.append("(fun ppf -> " + "; ".join(_api(node)) + ")")
        return "%t"
    _, kind, indent, children = node
    if indent == 5:  # through %a: a printer of its own
        args.append("(fun ppf () -> " + "; ".join(_api(node)) + ")")
        args.append("()")
        return "%a"
    return f"@[<{kind} {indent}>" + "".join(_fmt(c, args) for c in children) + "@]"


PRELUDE = r'''open Format
let check n margin max_indent max_boxes tags (f : formatter -> unit) =
  let b = Buffer.create 64 in
  let ppf = formatter_of_buffer b in
  pp_set_tags ppf tags;
  pp_set_margin ppf margin;
  (match max_indent with Some m -> pp_set_max_indent ppf m | None -> ());
  (match max_boxes with Some m -> pp_set_max_boxes ppf m | None -> ());
  f ppf;
  pp_print_flush ppf ();
  print_string ("case " ^ string_of_int n ^ " = \"" ^ String.escaped (Buffer.contents b) ^ "\"\n")
'''


def _opt(x) -> str:
    return "None" if x is None else f"(Some {x})"


def _program(cases) -> str:
    lines = [PRELUDE]
    for n, (margin, max_indent, max_boxes, nodes, as_format, tags) in enumerate(cases):
        if as_format:
            args: list[str] = []
            text = "".join(_fmt(node, args) for node in nodes)
            body = f'fprintf ppf "{text}" ' + " ".join(f"({a})" for a in args)
        else:
            body = "; ".join(c for node in nodes for c in _api(node)) or "()"
        lines.append(f"let () = check {n} {margin} {_opt(max_indent)} {_opt(max_boxes)} "
                     f"{'true' if tags else 'false'} "
                     f"(fun ppf -> {body})")
    return "\n".join(lines) + "\n"


CASES = 500


def _generate_cases(n: int) -> list:
    """n cases drawn by hypothesis (one example each: a list of hundreds of
    recursive structures in one example is more than hypothesis can draw),
    all rendered by one program on each side: builds, not cases, cost."""
    cases: list = []

    @settings(max_examples=n, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(CASE)
    def collect(case):
        cases.append(case)

    collect()
    return cases


@needs_ocaml
@pytest.mark.parametrize("target", ["unix", "qemu"])
def test_random_layouts_as_ocaml(tmp_path, target):
    cases = _generate_cases(CASES)
    assert len(cases) == CASES
    src = tmp_path / "main.ml"
    src.write_text(_program(cases))
    ref = subprocess.run(["ocaml", "-w", "-a", str(src)], capture_output=True, timeout=300)
    assert ref.returncode == 0, ref.stderr.decode("latin-1")
    if target == "unix":
        exe = tmp_path / "main.exe"
        _robur_build(src, exe, "unix")
        got = subprocess.run([str(exe)], capture_output=True, timeout=120)
        assert got.returncode == 0, got.stderr.decode("latin-1")
        out = got.stdout
    else:
        from robur.vm.qemu import run_image
        image = tmp_path / "main.elf"
        _robur_build(src, image, "qemu")
        r = run_image(image, timeout=600)
        assert not r.panicked and r.exit_code == 0, r.stdout.decode("latin-1")[-2000:]
        out = r.stdout
    exp_lines = ref.stdout.decode("latin-1").splitlines()
    got_lines = out.decode("latin-1").splitlines()
    assert len(exp_lines) == CASES
    src_lines = src.read_text().splitlines()[PRELUDE.count("\n"):]
    diffs = [(src_lines[i], e, g) for i, (e, g) in enumerate(zip(exp_lines, got_lines)) if e != g]
    assert not diffs and len(got_lines) == len(exp_lines), diffs[:3]
    # the cases do lay out: many break lines, some at small margins
    assert sum(1 for line in exp_lines if "\\n" in line) >= CASES // 4
