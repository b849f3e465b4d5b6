"""The per-program startup object (OCaml's "startup" unit).

It defines what the runtime expects from the program at link time:

- ``caml_program``: runs each unit's initialiser (``caml<Unit>__entry``) in
  link order and returns unit;
- ``caml_globals[]``: the module blocks (NULL-terminated), GC roots;
- ``caml_frametable[]``: every unit's frame table, and this object's own;
- ``caml_code_segments[]``: each unit's [code_begin, code_end), so that a
  stack overflow in OCaml code becomes the exception Stack_overflow;
- the generic application helpers, once per arity:
  ``caml_applyN`` (apply a closure to N arguments: a direct jump to its
  full-application code when its arity is N, else one argument at a time)
  and ``caml_curryN`` / ``caml_curryN_K`` (partial application of an
  N-ary closure: each argument is kept in a new arity-1 closure; the last
  one gathers them all and jumps to the full-application code).

These helpers are written directly as assembly: they are small and their
frames are known exactly.
"""
from __future__ import annotations

from .x86_64 import asm as A
from .x86_64.asm import Def, Dir, Imm, Ins, Label, Mem, Reg, Sym, R11, R14, R15, RAX, RBX, RSP
from .x86_64.emit import ARG_REGS, GC_REG_INDEX, frame_descriptors

DEFAULT_ARITIES = range(2, 8)      # always present: code loaded later may need them
CLOSURE_TAG = 247


def _fun(name: str) -> list:
    return [Dir("p2align", (4,)), Dir("globl", (name,)), Dir("type", (name, "@function")), Def(name)]


class _Startup:
    def __init__(self) -> None:
        self.lines: list = []
        self.frames: list = []
        self.n = 0

    def label(self, stem: str) -> str:
        self.n += 1
        return f".L{stem}{self.n}"

    def ins(self, op: str, *args, indirect: bool = False) -> None:
        self.lines.append(Ins(op, tuple(args), indirect))

    def call_point(self, size: int, live: list[int], alloc: int | None = None) -> None:
        lab = self.label("r")
        self.lines.append(Def(lab))
        self.frames.append((lab, size, live, alloc))

    def program(self, entries: list[str]) -> None:
        self.lines += _fun("caml_program")
        self.ins("subq", Imm(8), RSP)
        for e in entries:
            self.ins("call", Label(e))
            self.call_point(16, [])
        self.ins("movq", Imm(1), RAX)
        self.ins("addq", Imm(8), RSP)
        self.ins("ret")

    def apply(self, n: int) -> None:
        clos = Reg(ARG_REGS[n])
        slow = self.label("slow")
        self.lines += _fun(f"caml_apply{n}")
        self.ins("movq", Mem(clos, 8), R11)
        self.ins("sarq", Imm(56), R11)
        self.ins("cmpq", Imm(n), R11)
        self.ins("jne", Label(slow))
        self.ins("jmp", Mem(clos, 16), indirect=True)
        self.lines.append(Def(slow))
        size = 8 * (n - 1) + 8
        size += size % 16
        self.ins("subq", Imm(size - 8), RSP)
        for k in range(1, n):                 # keep a2..aN
            self.ins("movq", Reg(ARG_REGS[k]), Mem(RSP, 8 * (k - 1)))
        self.ins("movq", clos, RBX)
        self.ins("call", Mem(RBX, 0), indirect=True)
        self.call_point(size, [8 * (k - 1) for k in range(1, n)])
        for k in range(1, n):
            self.ins("movq", RAX, RBX)
            self.ins("movq", Mem(RSP, 8 * (k - 1)), RAX)
            if k == n - 1:
                self.ins("addq", Imm(size - 8), RSP)
                self.ins("jmp", Mem(RBX, 0), indirect=True)
            else:
                self.ins("call", Mem(RBX, 0), indirect=True)
                self.call_point(size, [8 * (j - 1) for j in range(k + 1, n)])

    def alloc_closure(self, code: str) -> None:
        """rax = argument, rbx = previous closure -> rax = new arity-1
        closure [code, info, arg, previous]."""
        gc, ret = self.label("gc"), self.label("ar")
        self.ins("subq", Imm(40), R15)
        self.ins("cmpq", Mem(R14, 0), R15)
        self.ins("jb", Label(gc))
        self.lines.append(Def(ret))
        self.ins("movq", Imm((4 << 10) | CLOSURE_TAG), Mem(R15, 0))
        self.ins("leaq", Sym(code, rip=True), R11)
        self.ins("movq", R11, Mem(R15, 8))
        self.ins("movabsq", Imm((1 << 56) + (2 << 1) + 1), R11)
        self.ins("movq", R11, Mem(R15, 16))
        self.ins("movq", RAX, Mem(R15, 24))
        self.ins("movq", RBX, Mem(R15, 32))
        self.ins("leaq", Mem(R15, 8), RAX)
        self.ins("ret")
        self.lines.append(Def(gc))
        self.ins("call", Label("caml_call_gc"))
        self.call_point(8, [2 * GC_REG_INDEX["rax"] + 1, 2 * GC_REG_INDEX["rbx"] + 1], alloc=3)
        self.ins("jmp", Label(ret))

    def curry(self, n: int) -> None:
        self.lines += _fun(f"caml_curry{n}")
        self.alloc_closure(f"caml_curry{n}_1" if n > 2 else f"caml_curry{n}_1")
        for k in range(1, n - 1):
            self.lines += _fun(f"caml_curry{n}_{k}")
            self.alloc_closure(f"caml_curry{n}_{k + 1}")
        # the last argument: gather a1..aN from the chain, jump to the code
        self.lines += _fun(f"caml_curry{n}_{n - 1}")
        self.ins("movq", RBX, R11)
        self.ins("movq", RAX, Reg(ARG_REGS[n - 1]))
        for j in range(n - 2, -1, -1):
            self.ins("movq", Mem(R11, 16), Reg(ARG_REGS[j]))
            self.ins("movq", Mem(R11, 24), R11)
        self.ins("movq", R11, Reg(ARG_REGS[n]))
        self.ins("jmp", Mem(R11, 16), indirect=True)


def startup_asm(units: list[str], apply_arities: set[int] = frozenset(),
                curry_arities: set[int] = frozenset()) -> str:
    """Assembly of the startup object for ``units`` (in initialisation order)."""
    s = _Startup()
    s.lines += [Dir("text"), Dir("globl", ("caml_startup__code_begin",)), Def("caml_startup__code_begin")]
    s.program([f"caml{u}__entry" for u in units])
    for n in sorted(set(DEFAULT_ARITIES) | set(apply_arities)):
        s.apply(n)
    for n in sorted(set(DEFAULT_ARITIES) | set(curry_arities)):
        s.curry(n)
    s.lines += [Dir("globl", ("caml_startup__code_end",)), Def("caml_startup__code_end")]
    s.lines += [Dir("data"), Dir("p2align", (3,)), Dir("globl", ("caml_startup__frametable",)),
                Def("caml_startup__frametable")] + frame_descriptors(s.frames)
    s.lines += [Dir("section", (".data.rel.ro", '"aw"')), Dir("p2align", (3,)),
                Dir("globl", ("caml_globals",)), Def("caml_globals")]
    s.lines += [Dir("quad", (f"caml{u}",)) for u in units] + [Dir("quad", (0,))]
    s.lines += [Dir("globl", ("caml_frametable",)), Def("caml_frametable")]
    s.lines += [Dir("quad", (f"caml{u}__frametable",)) for u in units]
    s.lines += [Dir("quad", ("caml_startup__frametable",)), Dir("quad", (0,))]
    s.lines += [Dir("globl", ("caml_code_segments",)), Def("caml_code_segments")]
    for u in units + ["_startup"]:
        base = f"caml{u}" if u != "_startup" else "caml_startup"
        s.lines += [Dir("quad", (f"{base}__code_begin", f"{base}__code_end"))]
    s.lines += [Dir("quad", (0, 0)), Dir("section", (".note.GNU-stack", '""', "@progbits"))]
    return A.to_gas(s.lines)
