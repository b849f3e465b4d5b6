"""Emission: allocated linear code -> x86-64 assembly text.  A function's
code is made as GNU as lines directly; what surrounds the functions in a
unit (data, frame table, constants) is asm.py values, printed once.

Stack frame of an OCaml function (rsp 16-byte aligned at every call):

    [rsp + 16*d + 8*k]   spill slot k (d = trap frames pushed at this point)
    [rsp + F - 8]        return address          (F = frame size, F % 16 == 0)

Every call that may reach the GC gets a frame descriptor (OCaml 4.13's
format, see kernel/runtime/roots.c): return address, frame size (low bit
flags: 2 = allocation point, followed by the allocation lengths), and the
live ``val`` slots as byte offsets from rsp, or, at an allocation point,
registers as 2*index+1 in caml_call_gc's save order.

Inline allocation: ``sub $bytes,%r15; cmp young_limit(%r14),%r15; jb gc``
with the call to caml_call_gc out of line, after the function.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Optional
import struct

from .. import cmm as M
from . import asm as A
from .asm import Dir, Def, Reg
from .regalloc import Allocation
from .selection import MachFun, VReg

ARG_REGS = ("rax", "rbx", "rdi", "rsi", "rdx", "rcx", "r8", "r9", "r12", "r13")
C_ARG_REGS = ("rdi", "rsi", "rdx", "rcx", "r8", "r9")
# caml_call_gc's gc_regs[] order (amd64.S)
GC_REG_INDEX = {r: i for i, r in enumerate(
    ("rax", "rbx", "rdi", "rsi", "rdx", "rcx", "r8", "r9", "r12", "r13", "r10", "r11", "rbp"))}
DS_YOUNG_LIMIT, DS_EXCEPTION_POINTER = 0, 16
CC = {"eq": "e", "ne": "ne", "lt": "l", "le": "le", "gt": "g", "ge": "ge",
      "ltu": "b", "leu": "be", "gtu": "a", "geu": "ae"}
FCMP = {"eq": ("cmpeqsd", False), "ne": ("cmpneqsd", False), "lt": ("cmpltsd", False),
        "le": ("cmplesd", False), "gt": ("cmpltsd", True), "ge": ("cmplesd", True)}
NEGATE_F = {"eq": "ne", "ne": "eq"}

_ids = itertools.count(1)


def _fits32(n: int) -> bool:
    return -(1 << 31) <= n < (1 << 31)


# Operands are their AT&T text: building asm.py values for every
# instruction and then printing them was half of the emitter's time.

def _is_reg(o: str) -> bool:
    """A register, general or xmm (else memory)."""
    return o[0] == "%"


def _is_gpr(o: str) -> bool:
    return o[0] == "%" and o[1] != "x"


def _is_xmm(o: str) -> bool:
    return o[:2] == "%x"


def _mem(base: str, disp: int = 0, index: str | None = None, scale: int = 1) -> str:
    d = str(disp) if disp else ""
    return f"{d}({base})" if index is None else f"{d}({base},{index},{scale})"


def _rip(name: str) -> str:
    return name + "(%rip)"


RAX, RCX, RSP, R10, R11, R14, R15 = "%rax", "%rcx", "%rsp", "%r10", "%r11", "%r14", "%r15"
XMM14, XMM15 = "%xmm14", "%xmm15"
BYTE = {"%" + r: Reg(r, 8).gas() for r in A.REGS64}     # a register's low byte
YOUNG_LIMIT, EXCEPTION_POINTER = _mem(R14, DS_YOUNG_LIMIT), _mem(R14, DS_EXCEPTION_POINTER)


class FunEmitter:
    def __init__(self, fun: MachFun, alloc: Allocation, unit_emitter: "UnitEmitter"):
        self.fun, self.al, self.ue = fun, alloc, unit_emitter
        self.out: list[str] = []
        self.tail: list[str] = []    # out-of-line code, after the function
        size = 8 * alloc.slots + 8
        # rsp must be 16-aligned at calls (C code and OCaml callees rely on
        # it); a function that calls nothing but caml_call_gc (which aligns
        # by itself) keeps the smallest frame.
        calls = any(i.op in ("call", "extcall", "checkbound") for i in fun.code)
        self.frame = size + (size % 16) if calls else size
        self.self_label = f".Lself{next(_ids)}"
        self.depth = 0
        self.line = 0
        self.regs: dict[int, str] = {}       # vreg id -> register
        self.slots: dict[int, int] = {}      # vreg id -> offset of its slot
        for rid, (kind, where) in alloc.loc.items():
            if kind == "reg":
                self.regs[rid] = "%" + where
            else:
                self.slots[rid] = 8 * where

    # -- operands ---------------------------------------------------------------
    def loc(self, r: VReg) -> str:
        o = self.regs.get(r.id)
        if o is not None:
            return o
        return _mem(RSP, self.slots[r.id] + 16 * self.depth)

    def ins(self, op: str, *args: str) -> None:
        self.out.append(f"\t{op}\t{', '.join(args)}" if args else "\t" + op)

    def in_reg(self, r: VReg, scratch: str) -> str:
        o = self.loc(r)
        if o[0] == "%":
            return o
        self.ins("movsd" if r.kind == "float" else "movq", o, scratch)
        return scratch

    def dest(self, r: VReg, scratch: str) -> str:
        o = self.loc(r)
        return o if o[0] == "%" else scratch

    def store_back(self, r: VReg, reg: str) -> None:
        o = self.loc(r)
        if o != reg:
            self.move(reg, o, r.kind == "float")

    def move(self, src: str, dst: str, flt: bool = False) -> None:
        if src == dst:
            return
        if flt:
            if _is_xmm(src) and _is_xmm(dst):
                self.ins("movapd", src, dst)
            elif not _is_reg(src) and not _is_reg(dst):
                self.ins("movsd", src, XMM15)
                self.ins("movsd", XMM15, dst)
            else:
                self.ins("movsd", src, dst)
            return
        if not _is_reg(src) and not _is_reg(dst):
            self.ins("movq", src, R11)
            self.ins("movq", R11, dst)
        else:
            self.ins("movq", src, dst)

    def parallel_move(self, moves: list) -> None:
        """(src operand, dst operand) pairs, all at once; r11 breaks cycles.
        Destinations are distinct; a memory destination is never a source."""
        pending = [(s, d) for s, d in moves if s != d]
        while pending:
            srcs = [s for s, _ in pending]
            for k, (s, d) in enumerate(pending):
                if d not in srcs:
                    self.move(s, d)
                    pending.pop(k)
                    break
            else:
                s, d = pending[0]
                self.ins("movq", d, R11)
                pending = [(R11 if x == d else x, y) for x, y in pending]

    # -- frame descriptors ------------------------------------------------------------
    def record_frame(self, label: str, k: int, alloc_words: int | None = None,
                     raising: bool = False) -> None:
        """``raising``: the call never returns (bound error): values kept in
        registers are dead on that path (what a handler needs is in slots)."""
        live = []
        for r in self.al.live_across.get(k, []):
            kind, where = self.al.loc[r.id]
            if kind == "stack":
                live.append(8 * where + 16 * self.depth)
            elif alloc_words is not None:
                live.append(2 * GC_REG_INDEX[where] + 1)
            elif raising:
                continue
            else:
                raise AssertionError(f"{r} live in {where} across a call")
        self.ue.frames.append((label, self.frame + 16 * self.depth, sorted(set(live)), alloc_words))

    # -- the function -------------------------------------------------------------------
    def emit(self) -> list[str]:
        f = self.fun
        out = self.out
        out.append("\t.p2align\t4")
        if f.exported:
            out.append(f"\t.globl\t{f.name}")
        out += [f"\t.type\t{f.name}, @function", f"{f.name}:"]
        if self.frame > 8:
            self.ins("subq", f"${self.frame - 8}", RSP)
        out.append(self.self_label + ":")
        file_id = self.ue.file_id
        for k, i in enumerate(f.code):
            self.depth = i.depth
            if i.line and i.line != self.line and file_id:
                self.line = i.line
                out.append(f"\t.loc\t{file_id} {i.line} 0")
            _OPS[i.op](self, i, k)
        out += self.tail
        out.append(f"\t.size\t{f.name}, .-{f.name}")
        return out

    def i_entry(self, i, k):
        self.parallel_move([("%" + ARG_REGS[n], self.loc(p)) for n, p in enumerate(i.res)])

    def i_label(self, i, k):
        if self.out[-1] == "\tjmp\t" + i.arg:
            self.out.pop()                      # a jump to the next line
        self.out.append(i.arg + ":")

    def i_jmp(self, i, k):
        self.ins("jmp", i.arg)

    def i_li(self, i, k):
        d = self.loc(i.res[0])
        v = i.arg
        if _fits32(v):
            self.ins("movq", f"${v}", d)
        else:
            r = self.dest(i.res[0], R11)
            self.ins("movabsq", f"${v}", r)
            self.store_back(i.res[0], r)

    def i_lsym(self, i, k):
        name, off = i.arg
        r = self.dest(i.res[0], R11)
        self.ins("leaq", _rip(name + (f"+{off}" if off > 0 else (str(off) if off < 0 else ""))), r)
        self.store_back(i.res[0], r)

    def i_lf(self, i, k):
        lab = self.ue.float_const(i.arg)
        r = self.dest(i.res[0], XMM15)
        self.ins("movsd", _rip(lab), r)
        self.store_back(i.res[0], r)

    def i_mov(self, i, k):
        self.move(self.loc(i.args[0]), self.loc(i.res[0]), i.res[0].kind == "float")

    def i_bin(self, i, k):
        a, b = i.args
        lb = self.loc(b)
        d = self.loc(i.res[0])
        if _is_gpr(d) and d != lb:
            self.move(self.loc(a), d)
            self.ins(i.arg + "q", lb, d)
        else:
            self.move(self.loc(a), R10)
            self.ins(i.arg + "q", lb, R10)
            self.move(R10, d)

    def i_bini(self, i, k):
        op, imm = i.arg
        la, d = self.loc(i.args[0]), self.loc(i.res[0])
        if op == "add" and _is_gpr(la) and _is_gpr(d) and _fits32(imm):
            self.ins("leaq", _mem(la, imm), d)
            return
        r = d if _is_gpr(d) else R10
        self.move(la, r)
        if not _fits32(imm):
            self.ins("movabsq", f"${imm}", R11)
            self.ins(op + "q", R11, r)
        else:
            self.ins(op + "q", f"${imm}", r)
        self.move(r, d)

    def i_shifti(self, i, k):
        op, n = i.arg
        d = self.loc(i.res[0])
        r = d if _is_gpr(d) else R10
        self.move(self.loc(i.args[0]), r)
        self.ins(op + "q", f"${n}", r)
        self.move(r, d)

    def i_shift(self, i, k):
        a, b = i.args
        self.move(self.loc(a), R10)
        self.move(self.loc(b), RCX)
        self.ins(i.arg + "q", BYTE[RCX], R10)
        self.move(R10, self.loc(i.res[0]))

    def _setcc(self, cc: str, res: VReg) -> None:
        self.ins("set" + cc, BYTE[R11])
        self.ins("movzbq", BYTE[R11], R11)
        self.move(R11, self.loc(res))

    def i_setcc(self, i, k):
        a = self.in_reg(i.args[0], R10)
        self.ins("cmpq", self.loc(i.args[1]), a)
        self._setcc(CC[i.arg], i.res[0])

    def i_setcci(self, i, k):
        cond, imm = i.arg
        self.ins("cmpq", f"${imm}", self.loc(i.args[0]))
        self._setcc(CC[cond], i.res[0])

    def i_br(self, i, k):
        cond, lab = i.arg
        a = self.in_reg(i.args[0], R10)
        self.ins("cmpq", self.loc(i.args[1]), a)
        self.ins("j" + CC[cond], lab)

    def i_bri(self, i, k):
        cond, imm, lab = i.arg
        self.ins("cmpq", f"${imm}", self.loc(i.args[0]))
        self.ins("j" + CC[cond], lab)

    def i_testi(self, i, k):
        imm, cond, lab = i.arg
        self.ins("testq", f"${imm}", self.loc(i.args[0]))
        self.ins("j" + CC[cond], lab)

    def _divmod(self, i, result: str):
        a, b = i.args
        self.move(self.loc(b), R11)
        self.move(self.loc(a), RAX)
        self.ins("cqto")
        self.ins("idivq", R11)
        self.move(result, self.loc(i.res[0]))

    def i_div(self, i, k):
        self._divmod(i, RAX)

    def i_mod(self, i, k):
        self._divmod(i, "%rdx")

    def _address(self, regs, scale, disp) -> str:
        base = self.in_reg(regs[0], R10)
        if len(regs) == 1:
            return _mem(base, disp)
        return _mem(base, disp, self.in_reg(regs[1], R11), scale)

    def i_load(self, i, k):
        kind, scale, disp = i.arg
        m = self._address(i.args, scale, disp)
        r = i.res[0]
        if kind == "float":
            d = self.dest(r, XMM15)
            self.ins("movsd", m, d)
        else:
            d = self.dest(r, R11)
            self.ins("movzbq" if kind == "byte" else "movq", m, d)
        self.store_back(r, d)

    def i_store(self, i, k):
        kind, scale, disp = i.arg
        v, *addr = i.args
        lv = self.loc(v)
        if kind == "float":
            src = lv if _is_xmm(lv) else XMM15
            if src != lv:
                self.ins("movsd", lv, XMM15)
            self.ins("movsd", src, self._address(addr, scale, disp))
            return
        if _is_gpr(lv):
            m = self._address(addr, scale, disp)
            src = lv
        elif len(addr) == 1:
            m = self._address(addr, scale, disp)
            self.ins("movq", lv, R11)
            src = R11
        else:
            m0 = self._address(addr, scale, disp)
            self.ins("leaq", m0, R10)
            m = _mem(R10)
            self.ins("movq", self.loc(v), R11)
            src = R11
        if kind == "byte":
            self.ins("movb", BYTE[src], m)
        else:
            self.ins("movq", src, m)

    def i_storei(self, i, k):
        kind, scale, disp, imm = i.arg
        m = self._address(i.args, scale, disp)
        self.ins("movb" if kind == "byte" else "movq", f"${imm if kind != 'byte' else imm & 0xFF}", m)

    def i_alloc(self, i, k):
        words = i.arg                          # header included
        lgc, lret, lfr = (f".Lgc{next(_ids)}", f".Lar{next(_ids)}", f".Lfr{next(_ids)}")
        self.ins("subq", f"${8 * words}", R15)
        self.ins("cmpq", YOUNG_LIMIT, R15)
        self.ins("jb", lgc)
        self.out.append(lret + ":")
        d = self.dest(i.res[0], R11)
        self.ins("leaq", _mem(R15, 8), d)
        self.store_back(i.res[0], d)
        self.tail += [lgc + ":", "\tcall\tcaml_call_gc", lfr + ":", "\tjmp\t" + lret]
        self.record_frame(lfr, k, alloc_words=words - 1)

    def _call_moves(self, args, regs, code=None) -> None:
        if len(args) > len(regs):
            raise NotImplementedError("calls with more arguments than argument registers")
        moves = [(self.loc(a), "%" + r) for a, r in zip(args, regs)]
        if code is not None:
            moves.append((self.loc(code), R10))
        self.parallel_move(moves)

    def i_call(self, i, k):
        info: M.CallInfo = i.arg
        if info.direct:
            self._call_moves(i.args, ARG_REGS)
            self.ins("call", info.direct)
        else:
            self._call_moves(i.args[1:], ARG_REGS, i.args[0])
            self.ins("call", "*" + R10)
        lab = f".Lret{next(_ids)}"
        self.out.append(lab + ":")
        self.record_frame(lab, k)
        self.move(RAX, self.loc(i.res[0]))

    def i_tailcall(self, i, k):
        info: M.CallInfo = i.arg
        if info.direct == self.fun.name:
            self._call_moves(i.args, ARG_REGS)
            self.ins("jmp", self.self_label)
            return
        if info.direct:
            self._call_moves(i.args, ARG_REGS)
        else:
            self._call_moves(i.args[1:], ARG_REGS, i.args[0])
        if self.frame > 8:
            self.ins("addq", f"${self.frame - 8}", RSP)
        self.ins("jmp", info.direct if info.direct else "*" + R10)

    def i_extcall(self, i, k):
        info: M.ExtInfo = i.arg
        self._call_moves(i.args, C_ARG_REGS)
        if info.alloc:
            self.ins("leaq", _rip(info.name), RAX)
            self.ins("call", "caml_c_call")
            lab = f".Lret{next(_ids)}"
            self.out.append(lab + ":")
            self.record_frame(lab, k)
        else:
            self.ins("call", info.name)
        self.move(RAX, self.loc(i.res[0]))

    def i_raise(self, i, k):
        self.move(self.loc(i.args[0]), RAX)
        self.ins("jmp", "caml_raise_exn")

    def i_checkbound(self, i, k):
        length, idx = i.args
        lb, lfr = f".Lbnd{next(_ids)}", f".Lfr{next(_ids)}"
        a = self.in_reg(idx, R10)
        self.ins("cmpq", self.loc(length), a)
        self.ins("jae", lb)
        self.tail += [lb + ":", "\tcall\tcaml_ml_array_bound_error", lfr + ":"]
        self.record_frame(lfr, k, raising=True)

    def i_pushtrap(self, i, k):
        self.ins("leaq", _rip(i.arg), R11)
        self.ins("pushq", R11)
        self.ins("pushq", EXCEPTION_POINTER)
        self.ins("movq", RSP, EXCEPTION_POINTER)

    def i_poptrap(self, i, k):
        self.ins("popq", EXCEPTION_POINTER)
        self.ins("addq", "$8", RSP)

    def i_handler(self, i, k):
        self.move(RAX, self.loc(i.res[0]))

    def i_table(self, i, k):
        tab = f".Ltab{next(_ids)}"
        idx = self.in_reg(i.args[0], R10)
        if idx != R10:
            self.ins("movq", idx, R10)
        self.ins("leaq", _rip(tab), R11)
        self.ins("movslq", _mem(R11, 0, R10, 4), R10)
        self.ins("addq", R11, R10)
        self.ins("jmp", "*" + R10)
        self.out += ["\t.p2align\t2", tab + ":"] + [f"\t.long\t{l}-{tab}" for l in i.arg]

    def i_ret(self, i, k):
        self.move(self.loc(i.args[0]), RAX)
        if self.frame > 8:
            self.ins("addq", f"${self.frame - 8}", RSP)
        self.ins("ret")

    # floats
    def i_fbin(self, i, k):
        a, b = i.args
        lb = self.loc(b)
        d = self.loc(i.res[0])
        la = self.loc(a)
        if _is_xmm(d) and d == lb and i.arg in ("addsd", "mulsd"):
            self.ins(i.arg, la, d)              # commutative: d op= a
            return
        r = d if _is_xmm(d) and d != lb else XMM15
        self.move(la, r, True)
        self.ins(i.arg, lb, r)
        self.move(r, d, True)

    def i_fbinc(self, i, k):
        op, c = i.arg
        d = self.loc(i.res[0])
        r = d if _is_xmm(d) else XMM15
        self.move(self.loc(i.args[0]), r, True)
        self.ins(op, _rip(self.ue.float_const(c)), r)
        self.move(r, d, True)

    def i_fbr(self, i, k):
        """Jump when (a cmp b) == when; ucomisd: unordered sets ZF, PF, CF."""
        cmp, when, lab = i.arg
        a, b = i.args
        if cmp in ("lt", "le"):
            a, b, cmp = b, a, {"lt": "gt", "le": "ge"}[cmp]
        if not when and cmp in ("eq", "ne"):
            cmp, when = NEGATE_F[cmp], True
        ra = self.in_reg(a, XMM15)
        self.ins("ucomisd", self.loc(b), ra)
        if cmp == "gt":
            self.ins("ja" if when else "jbe", lab)
        elif cmp == "ge":
            self.ins("jae" if when else "jb", lab)
        elif cmp == "ne":
            self.ins("jp", lab)
            self.ins("jne", lab)
        else:                                   # eq
            skip = f".Lnp{next(_ids)}"
            self.ins("jp", skip)
            self.ins("je", lab)
            self.out.append(skip + ":")

    def _fmask(self, op: str, bits: int, i) -> None:
        d = self.loc(i.res[0])
        r = d if _is_xmm(d) else XMM15
        self.move(self.loc(i.args[0]), r, True)
        self.ins("movsd", _rip(self.ue.bits_const(bits)), XMM14)
        self.ins(op, XMM14, r)
        self.move(r, d, True)

    def i_negf(self, i, k):
        self._fmask("xorpd", 1 << 63, i)

    def i_absf(self, i, k):
        self._fmask("andpd", (1 << 63) - 1, i)

    def i_sqrtf(self, i, k):
        d = self.dest(i.res[0], XMM15)
        self.ins("sqrtsd", self.loc(i.args[0]), d)
        self.store_back(i.res[0], d)

    def i_fsetcc(self, i, k):
        op, swap = FCMP[i.arg]
        a, b = i.args
        if swap:
            a, b = b, a
        self.move(self.loc(a), XMM15, True)
        self.ins(op, self.loc(b), XMM15)
        self.ins("movq", XMM15, R11)
        self.ins("andq", "$1", R11)
        self.move(R11, self.loc(i.res[0]))

    def i_floatofint(self, i, k):
        d = self.dest(i.res[0], XMM15)
        self.ins("cvtsi2sdq", self.loc(i.args[0]), d)
        self.store_back(i.res[0], d)

    def i_intoffloat(self, i, k):
        d = self.dest(i.res[0], R11)
        self.ins("cvttsd2siq", self.loc(i.args[0]), d)
        self.store_back(i.res[0], d)


# instruction -> its emitter method
_OPS = {name[2:]: fn for name, fn in vars(FunEmitter).items() if name.startswith("i_")}


@dataclass
class EmittedFunction:
    """One function's assembly lines (text) and what they need from their
    unit: frame descriptors and float constants (label -> bits).  Its text
    for GNU as is joined once, when first asked for (fncache reuses it)."""
    lines: list[str]
    frames: list
    fconsts: dict
    _text: Optional[str] = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "\n".join(self.lines) + "\n"
            self.lines = []       # the text is all anyone reads: not twice in memory
        return self._text


class UnitEmitter:
    """Collects a unit's functions, constants and frame descriptors."""

    def __init__(self, unit: str, source: str = ""):
        self.unit = unit
        self.frames: list = []
        self.fconsts: dict[int, str] = {}        # bits -> label, for new code
        self.fconst_defs: dict[str, int] = {}    # every label to define -> bits
        self._fun_fconsts: dict[str, int] = {}
        self.file_id = 1 if source else 0
        self.source = source

    def bits_const(self, bits: int) -> str:
        bits &= (1 << 64) - 1
        lab = self.fconsts.get(bits)
        if lab is None:
            # named by its value: the symbol table of a mergeable section
            # keeps these names, and they must not depend on what this
            # process compiled before (or on who compiled which function)
            lab = self.fconsts[bits] = f".Lfc{bits:x}"
            self.fconst_defs[lab] = bits
        self._fun_fconsts[lab] = bits
        return lab

    def float_const(self, x: float) -> str:
        return self.bits_const(struct.unpack("<Q", struct.pack("<d", x))[0])

    def function(self, fun: MachFun, al: Allocation) -> EmittedFunction:
        first_frame = len(self.frames)
        self._fun_fconsts = {}
        lines = FunEmitter(fun, al, self).emit()
        return EmittedFunction(lines, self.frames[first_frame:], self._fun_fconsts)

    def adopt(self, f: EmittedFunction) -> None:
        """Take in a function emitted for an earlier compilation (fncache)."""
        self.frames.extend(f.frames)
        for lab, bits in f.fconsts.items():
            self.fconst_defs.setdefault(lab, bits)
            self.fconsts.setdefault(bits, lab)

    def head_text(self) -> str:
        """What comes before the functions in the unit's text for GNU as:
        head_text(), each function's text, then tail_text(data), so that the
        text can be streamed to as while it is made (pipeline.py)."""
        u = self.unit
        head: list = []
        if self.source:
            head.append(Dir("file", ("1 " + A.quote(self.source.encode()),)))
        head += [Dir("text"), Dir("globl", (f"caml{u}__code_begin",)), Def(f"caml{u}__code_begin")]
        return A.to_gas(head)

    def tail_text(self, data: list) -> str:
        """What comes after the functions: the data, the frame table and
        the float constants the functions used.  Written as text directly
        (it is on the path between the last function and as's end)."""
        u = self.unit
        out = [f"\t.globl\tcaml{u}__code_end", f"caml{u}__code_end:"]
        out += data_lines(data)
        sym = f"caml{u}__frametable"
        out += ["\t.data", "\t.p2align\t3", f"\t.globl\t{sym}", f"{sym}:"]
        out += frame_descriptors(self.frames)
        if self.fconst_defs:
            out += ['\t.section\t.rodata.cst8, "aM", @progbits, 8', "\t.p2align\t3"]
            for lab, bits in self.fconst_defs.items():
                out += [f"{lab}:", f"\t.quad\t{bits}"]
        out.append('\t.section\t.note.GNU-stack, "", @progbits')
        return "\n".join(out) + "\n"


def data_lines(data: list) -> list[str]:
    """A unit's static data (cmm's DHeader, DLabel...) as lines of GNU as."""
    out = ["\t.data", "\t.p2align\t3"]
    for d in data:
        k = d.__class__
        if k is M.DHeader:
            out.append(f"\t.quad\t{(d.wosize << 10) | (3 << 8) | d.tag}")
        elif k is M.DLabel:
            if d.glob:
                out.append(f"\t.globl\t{d.name}")
            out.append(f"{d.name}:")
        elif k is M.DWord:
            out.append(f"\t.quad\t{d.value}")
        elif k is M.DFloat:
            out.append(f"\t.quad\t{struct.unpack('<Q', struct.pack('<d', d.value))[0]}")
        elif k is M.DBytes:
            out.append(f"\t.ascii\t{A.quote(d.value)}")
    return out


def frame_descriptors(frames: list) -> list[str]:
    """``.quad count`` then one descriptor per (label, size, live, alloc),
    as lines of GNU as."""
    out = [f"\t.quad\t{len(frames)}"]
    for label, size, live, alloc_words in frames:
        flags = 2 if alloc_words is not None else 0
        out += [f"\t.quad\t{label}", f"\t.value\t{size | flags}", f"\t.value\t{len(live)}"]
        if live:
            out.append("\t.value\t" + ", ".join(map(str, live)))
        if alloc_words is not None:
            out.append(f"\t.byte\t1, {alloc_words}")
        out.append("\t.p2align\t3")
    return out
