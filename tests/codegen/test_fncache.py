"""Function-level reuse of machine code (robur/codegen/fncache.py).

The oracle is the back end itself: a unit recompiled after an edit, with the
unchanged functions taken from the cache, must assemble to the same code as
the same unit compiled with an empty cache (label numbers aside, which
come from a process-wide counter), and must run as OCaml runs it.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import time

import pytest

from robur.codegen import cmm, fncache, pipeline
from robur.lambda_.translmod import transl_unit
from robur.typing.checker import Checker

V1 = """\
let base = 10
let square x = x * x
let describe n =
  if n mod 2 = 0 then Printf.sprintf "%d is even" n
  else Printf.sprintf "%d is odd" n
let scale f = f *. 2.5 +. 0.125
let rec sum = function [] -> 0 | x :: rest -> x + sum rest
let () =
  print_endline (describe (square base));
  Printf.printf "%.3f %d\\n" (scale 1.5) (sum [1; 2; 3])
"""

# describe's body changes; a line inserted above scale shifts the lines of
# scale, sum and the entry (their `.loc`s must follow); square is untouched
V2 = V1.replace('"%d is odd"', '"%d is odd!"').replace(
    "let scale f", "(* a comment line *)\nlet scale f")


def _compile(text: str) -> str:
    checker = Checker()
    checker.update({"prog.ml": text})
    unit = checker.units["Prog"]
    lam = transl_unit("Prog", unit.ml_file, unit.typed, unit.exported)
    return pipeline.compile_unit(lam, "Prog", unit.ml_file).asm


def _normalise_labels(asm: str) -> str:
    names: dict[str, str] = {}
    return re.sub(r"\.L[A-Za-z]*\d+", lambda m: names.setdefault(m.group(0), f".L#{len(names)}"), asm)


@pytest.fixture
def empty_cache(monkeypatch):
    monkeypatch.setattr(pipeline, "FUNCTIONS", fncache.FunctionCache())
    return pipeline


def test_reused_functions_compile_as_fresh_ones(empty_cache):
    _compile(V1)
    hits = empty_cache.FUNCTIONS.hits
    reused = _compile(V2)
    assert empty_cache.FUNCTIONS.hits - hits >= 1, "square was not taken from the cache"
    empty_cache.FUNCTIONS = fncache.FunctionCache()
    fresh = _compile(V2)
    assert _normalise_labels(reused) == _normalise_labels(fresh)


def test_edited_and_shifted_functions_are_not_reused(empty_cache):
    _compile(V1)
    before = empty_cache.FUNCTIONS.misses
    _compile(V2)
    # describe (edited) and the entry (its calls' `.loc`s moved down a
    # line) miss; the equality test above shows the reused ones are right
    assert empty_cache.FUNCTIONS.misses - before >= 2


def test_reused_code_runs_as_ocaml_runs_it(empty_cache, tmp_path):
    if shutil.which("ocaml") is None:
        pytest.skip("ocaml (the reference) missing")
    from robur.driver import project
    from robur.driver.build import Builder
    src = tmp_path / "prog.ml"
    builder = Builder(quiet=True)
    nonce = f"let nonce = {time.time_ns()}\n"    # no build cache answers
    for text in (V1, V2):
        src.write_text(text + nonce)
        exe = tmp_path / "prog.exe"
        builder.build(project.load(str(src)), "unix", exe)
        got = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
        ref = subprocess.run(["ocaml", str(src)], capture_output=True, text=True, timeout=60)
        assert (got.stdout, got.returncode) == (ref.stdout, ref.returncode)
    assert empty_cache.FUNCTIONS.hits >= 1


def _fun(body: cmm.Expr, name: str = "camlT__f_1") -> cmm.Fundecl:
    return cmm.Fundecl(name, [cmm.CVar.fresh("x")], body)


def test_fingerprint_ignores_stamps_but_not_structure():
    def make(k: int) -> cmm.Fundecl:
        f = _fun(cmm.Const(0))
        y = cmm.CVar.fresh("y")
        f.body = cmm.Let(y, cmm.Op("add", [cmm.Var(f.params[0]), cmm.Const(k)]), cmm.Var(y))
        return f
    a, b, c = make(3), make(3), make(4)
    assert a.params[0] != b.params[0]            # different stamps...
    ctx = ("t.ml",)
    assert fncache.fingerprint(a, ctx) == fncache.fingerprint(b, ctx)   # ...same code
    assert fncache.fingerprint(a, ctx) != fncache.fingerprint(c, ctx)
    assert fncache.fingerprint(a, ctx) != fncache.fingerprint(a, ("u.ml",))


def test_fingerprint_tells_which_variable_is_used():
    x = cmm.CVar.fresh("x")
    y = cmm.CVar.fresh("y")
    one = cmm.Fundecl("f", [x, y], cmm.Var(x))
    other = cmm.Fundecl("f", [x, y], cmm.Var(y))
    assert fncache.fingerprint(one, ()) != fncache.fingerprint(other, ())


def test_the_cache_is_bounded():
    cache = fncache.FunctionCache(limit=3)
    for k in range(5):
        cache.put((k,), k)
    assert cache.get((0,)) is None and cache.get((4,)) == 4


def test_the_cache_is_bounded_in_bytes_of_text():
    class Emitted:
        def __init__(self, n):
            self.text = "x" * n
    cache = fncache.FunctionCache(limit=100, max_bytes=1000)
    for k in range(10):
        cache.put(("f", k), Emitted(300))
    assert cache._bytes <= 1000 and len(cache._entries) == 3
    assert cache.get(("f", 9)) is not None and cache.get(("f", 0)) is None
    cache.put(("f", 9), Emitted(10))                  # replaced: its old size goes
    assert cache._bytes == 610
