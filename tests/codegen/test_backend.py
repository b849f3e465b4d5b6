"""The backend's passes seen one at a time: the dump hook, line
information, register allocation, frame descriptors."""
from __future__ import annotations

import subprocess

from robur.codegen import cmm as M
from robur.codegen import pipeline
from robur.codegen.x86_64 import regalloc, selection
from robur.syntax.location import Location
from tests.conftest import require

from . import programs
from .lamdsl import V, app, fun, i, let, loc


def test_dump_hook_sees_every_pass():
    lam, _ = programs.basics()
    seen = {}
    pipeline.compile_unit(lam, "Test", dump=lambda name, text: seen.update({name: seen.get(name, "") + text}),
                          dump_passes=pipeline.PASSES)
    assert set(seen) == set(pipeline.PASSES)
    assert "caml_curry2" in seen["closure"] or "add" in seen["closure"]
    assert "(alloc" in seen["cmm"] and "camlTest__entry:" in seen["selection"]
    assert "camlTest__frametable:" in seen["asm"]


def test_timings_are_recorded():
    lam, _ = programs.closures()
    cu = pipeline.compile_unit(lam, "Test")
    assert {"closure", "cmm", "selection", "regalloc", "emit"} <= set(cu.timings)


def test_line_information(tmp_path):
    """.file/.loc: addr2line maps a call's return address to its source line."""
    require("addr2line")
    f, x = V("f"), V("x")
    call = app(loc(f), i(1))
    call.loc = Location("prog.ml", 40, 45, 7, 2, 7)
    lam = let(f, fun([x], loc(x), "f"), call)
    cu = pipeline.compile_unit(lam, "Lines", source="prog.ml")
    assert '.file\t1 "prog.ml"' in cu.asm and ".loc\t1 7 0" in cu.asm
    obj = tmp_path / "lines.o"
    obj.write_bytes(pipeline.object_of(cu))
    out = subprocess.run(["objdump", "--dwarf=decodedline", str(obj)], capture_output=True, text=True).stdout
    assert "prog.ml" in out and " 7 " in out


def _many_live(n: int) -> M.Fundecl:
    """let x1 = a+1 ... xn = a+n in x1 + ... + xn (all live at once), then a
    call with one value live across it."""
    a = M.CVar.fresh("a", "val")
    xs = [M.CVar.fresh(f"x{k}", "val") for k in range(n)]
    total: M.Expr = M.Var(xs[0])
    for v in xs[1:]:
        total = M.Op("add", [total, M.Var(v)])
    keep = M.CVar.fresh("keep", "val")
    body: M.Expr = M.Let(keep, total, M.Seq(
        M.Op("call", [M.Var(a), M.Var(a)], M.CallInfo("callee")), M.Var(keep)))
    for k in reversed(range(n)):
        body = M.Let(xs[k], M.Op("add", [M.Var(a), M.Const(k)]), body)
    return M.Fundecl("f", [a], body)


def test_linear_scan_uses_registers_and_spills():
    mf = selection.select(_many_live(20))
    al = regalloc.allocate(mf)
    kinds = [al.loc[r.id][0] for i in mf.code for r in i.res]
    assert "reg" in kinds and "stack" in kinds     # 20 > 11 allocatable registers
    few = regalloc.allocate(selection.select(_many_live(5)))
    # with few values, only what crosses the call is on the stack
    assert few.slots == 1


def test_values_live_across_calls_are_in_frame_descriptors():
    mf = selection.select(_many_live(3))
    al = regalloc.allocate(mf)
    calls = [k for k, i in enumerate(mf.code) if i.op == "call"]
    assert len(calls) == 1
    live = al.live_across[calls[0]]
    assert len(live) == 1 and al.loc[live[0].id][0] == "stack"


def test_float_loop_does_not_allocate():
    """Unboxed floats inside a function: the loop of ``run`` (a float ref
    made local, float record fields) has no allocation at all."""
    lam, _ = programs.float_loop()
    text = pipeline.compile_unit(lam, "Test").asm
    start = text.index("camlTest__run_")
    body = text[start:text.index(".size", start)]
    assert "mulsd" in body and "addsd" in body
    assert "%r15" not in body and "caml_call_gc" not in body


def test_long_top_level_chains_compile():
    """A unit's top level is a long chain of sequences: the recursive
    passes run on a deep stack."""
    from .lamdsl import seq
    lam = seq(*[app(fun([V("x")], i(k), "k"), i(k)) for k in range(3000)], i(0))
    cu = pipeline.compile_unit(lam, "Long")
    assert "camlLong__entry:" in cu.asm
