"""Instruction selection: cmm -> linear code over virtual registers (the
"Mach" level, after OCaml's ``selectgen.ml`` / ``amd64/selection.ml``).

The output is a flat list of ``Ins`` with labels and jumps, where operands
are ``VReg``s of a kind (val/int/addr/float) that the register allocator
maps to a machine register or a stack slot.  x86-64 specifics chosen here:
immediate operands, addressing modes (base + index*scale + disp) folded
into loads and stores, compare-and-branch.

Every instruction records the trap depth (pushed exception handlers, 16
bytes of stack each) and its innermost handler label, which the liveness
analysis treats as an extra successor: what a handler needs stays live over
the whole protected region.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional

from .. import cmm as M

_label_ids = itertools.count(1)


class VReg:
    __slots__ = ("id", "kind", "name")

    def __init__(self, id: int, kind: str, name: str = ""):
        self.id, self.kind, self.name = id, kind, name

    def __repr__(self) -> str:
        return f"%{self.name}{self.id}" + ("" if self.kind == "val" else f":{self.kind}")


@dataclass(slots=True, eq=False)
class Ins:
    op: str
    res: list = field(default_factory=list)
    args: list = field(default_factory=list)
    arg: object = None
    depth: int = 0
    handler: Optional[str] = None
    line: int = 0

    def __repr__(self) -> str:
        r = ", ".join(map(repr, self.res))
        a = ", ".join(map(repr, self.args))
        extra = "" if self.arg is None else f" [{self.arg}]"
        return f"{r + ' <- ' if r else ''}{self.op}{extra} {a}" + (f"  @{self.depth}" if self.depth else "")


@dataclass(slots=True)
class MachFun:
    name: str
    params: list[VReg]
    code: list[Ins]
    nregs: int
    exported: bool = False
    line: int = 0


NEGATE = {"eq": "ne", "ne": "eq", "lt": "ge", "ge": "lt", "le": "gt", "gt": "le",
          "ltu": "geu", "geu": "ltu", "leu": "gtu", "gtu": "leu"}
_BINOPS = {"add": "add", "sub": "sub", "mul": "imul", "and": "and", "or": "or", "xor": "xor"}
_SHIFTS = {"lsl": "sal", "lsr": "shr", "asr": "sar"}
_FBINOPS = {"addf": "addsd", "subf": "subsd", "mulf": "mulsd", "divf": "divsd"}

VOID = VReg(0, "int", "void")   # the result of an expression evaluated for effect


def new_label() -> str:
    return f".L{next(_label_ids)}"


class Selector:
    def __init__(self, fun: M.Fundecl):
        self.fun = fun
        self.code: list[Ins] = []
        self._ids = itertools.count(1)
        self.vars: dict[M.CVar, VReg] = {}
        self.catches: dict[int, tuple[str, list[VReg], int]] = {}
        self.depth = 0
        self.handlers: list[str] = []
        self.line = fun.loc.line if fun.loc is not None and fun.loc.file != "_none_" else 0
        self.var_ids: set[int] = set()
        self.assigned, self.loop_info = _scan(fun.body)
        # loop splitting (see catch): where each variable was defined, where
        # the last call was emitted, the loops being selected
        self.def_at: dict[M.CVar, int] = {}
        self.last_call = -1
        self.loops: list[tuple[int, bool]] = []     # (code index at entry, contains a call)
        self.in_split = False

    def new(self, kind: str, name: str = "") -> VReg:
        return VReg(next(self._ids), "int" if kind == "addr" else kind, name)

    def emit(self, op: str, res=(), args=(), arg=None) -> Ins:
        i = Ins(op, list(res), list(args), arg, self.depth,
                self.handlers[-1] if self.handlers else None, self.line)
        if op in ("call", "extcall", "handler"):
            self.last_call = len(self.code)
        self.code.append(i)
        return i

    def value(self, r: VReg) -> VReg:
        if r is VOID:
            t = self.new("int")
            self.emit("li", [t], [], 1)
            return t
        return r

    def run(self) -> MachFun:
        params = [self.var_reg(p) for p in self.fun.params]
        self.emit("entry", params)
        r = self.expr(self.fun.body)
        if r is not None:
            self.emit("ret", [], [self.value(r)])
        return MachFun(self.fun.name, params, self.code, next(self._ids), self.fun.exported, self.line)

    def var_reg(self, v: M.CVar) -> VReg:
        r = self.vars.get(v)
        if r is None:
            r = self.vars[v] = self.new(v.kind, v.name[:8])
            self.var_ids.add(r.id)
            self.def_at[v] = len(self.code)
        return r

    # -- expressions -----------------------------------------------------------
    def expr(self, e: M.Expr) -> Optional[VReg]:
        """Code for e; its result register, or None when control does not
        come back (raise, exit, tail call)."""
        sel = _EXPR.get(type(e))
        if sel is None:
            raise TypeError(e)
        return sel(self, e)

    def e_const(self, e: M.Const) -> VReg:
        r = self.new("int")
        self.emit("li", [r], [], e.value)
        return r

    def e_constsym(self, e: M.ConstSym) -> VReg:
        r = self.new(e.kind)
        self.emit("lsym", [r], [], (e.name, e.offset))
        return r

    def e_constfloat(self, e: M.ConstFloat) -> VReg:
        r = self.new("float")
        self.emit("lf", [r], [], e.value)
        return r

    def e_var(self, e: M.Var) -> VReg:
        r = self.vars[e.var]
        if e.var in self.assigned:
            c = self.new(r.kind)
            self.emit("mov", [c], [r])
            return c
        return r

    def e_let(self, e: M.Let) -> Optional[VReg]:
        if not self.let(e):
            return None
        return self.expr(e.body)

    def e_assign(self, e: M.Assign) -> Optional[VReg]:
        v = e.value
        if isinstance(v, M.Op) and len(v.args) == 2 and isinstance(v.args[0], M.Var) \
                and v.args[0].var is e.var and isinstance(v.args[1], M.Const) \
                and -(1 << 31) <= v.args[1].value < (1 << 31) and (v.op in _BINOPS or v.op in _SHIFTS):
            # x := x op c, in place
            r = self.var_reg(e.var)
            if v.op in _SHIFTS:
                self.emit("shifti", [r], [r], (_SHIFTS[v.op], v.args[1].value & 63))
            else:
                self.emit("bini", [r], [r], (_BINOPS[v.op], v.args[1].value))
            return VOID
        if isinstance(v, M.Var):
            self.emit("mov", [self.var_reg(e.var)], [self.vars[v.var]])
            return VOID
        r = self.expr(e.value)
        if r is None:
            return None
        self.emit("mov", [self.var_reg(e.var)], [self.value(r)])
        return VOID

    def e_seq(self, e: M.Seq) -> Optional[VReg]:
        if self.expr(e.first) is None:
            return None
        return self.expr(e.second)

    def e_op(self, e: M.Op) -> Optional[VReg]:
        if e.loc is not None and e.loc.file != "_none_":
            self.line = e.loc.line
        return self.op(e)

    def let(self, e: M.Let) -> bool:
        """Bind e.var to e.value; False if the value does not come back."""
        v = e.value
        if isinstance(v, M.Var) and v.var not in self.assigned and e.var not in self.assigned \
                and v.var.kind == e.var.kind:
            # an alias of an immutable variable: the same register
            self.vars[e.var] = self.vars[v.var]
            self.def_at[e.var] = self.def_at.get(v.var, 0)
            return True
        r = self.expr(v)
        if r is None:
            return False
        r = self.value(r)
        if e.var not in self.assigned and r.kind == ("int" if e.var.kind == "addr" else e.var.kind) \
                and r.id not in self.var_ids:
            # a fresh temporary becomes the variable: no copy
            self.vars[e.var] = r
            self.var_ids.add(r.id)
            self.def_at[e.var] = len(self.code)
        else:
            self.emit("mov", [self.var_reg(e.var)], [r])
        return True

    def args(self, es: list) -> Optional[list[VReg]]:
        """Evaluate right to left (ocamlopt's order)."""
        out: list = [None] * len(es)
        for i in range(len(es) - 1, -1, -1):
            e = es[i]
            if isinstance(e, M.Var) and all(_atomic(x) for x in es[:i]):
                # nothing evaluated after this read can assign the variable:
                # its register is read in place (no copy)
                out[i] = self.vars[e.var]
                continue
            r = self.expr(e)
            if r is None:
                return None
            out[i] = self.value(r)
        return out

    def addressing(self, e: M.Expr) -> tuple[M.Expr, Optional[M.Expr], int, int]:
        """(base, index, scale, disp) for an address expression."""
        if isinstance(e, M.Op) and e.op == "add" and len(e.args) == 2:
            a, b = e.args
            if isinstance(b, M.Const) and -(1 << 31) <= b.value < (1 << 31):
                base, idx, sc, d = self.addressing(a)
                if -(1 << 31) <= d + b.value < (1 << 31):
                    return base, idx, sc, d + b.value
            if isinstance(b, M.Op) and b.op == "add" and isinstance(b.args[1], M.Const) \
                    and isinstance(b.args[0], M.Op) and b.args[0].op == "lsl" \
                    and isinstance(b.args[0].args[1], M.Const) and b.args[0].args[1].value in (1, 2, 3):
                return a, b.args[0].args[0], 1 << b.args[0].args[1].value, b.args[1].value
            if isinstance(b, M.Op) and b.op == "lsl" and isinstance(b.args[1], M.Const) \
                    and b.args[1].value in (1, 2, 3):
                return a, b.args[0], 1 << b.args[1].value, 0
            return a, b, 1, 0
        return e, None, 1, 0

    def address(self, e: M.Expr) -> Optional[tuple[list[VReg], int, int]]:
        base, idx, scale, disp = self.addressing(e)
        regs = self.args([base] if idx is None else [base, idx])
        if regs is None:
            return None
        return regs, scale, disp

    def op(self, e: M.Op) -> Optional[VReg]:
        o = e.op
        kind = M.kind_of(e)
        if o == "load":
            a = self.address(e.args[0])
            if a is None:
                return None
            regs, scale, disp = a
            r = self.new(kind)
            self.emit("load", [r], regs, (e.arg, scale, disp))
            return r
        if o == "store":
            base, idx, scale, disp = self.addressing(e.args[0])
            if isinstance(e.args[1], M.Const) and -(1 << 31) <= e.args[1].value < (1 << 31) and e.arg != "float":
                regs = self.args([base] if idx is None else [base, idx])
                if regs is None:
                    return None
                self.emit("storei", [], regs, (e.arg, scale, disp, e.args[1].value))
                return VOID
            regs = self.args([e.args[1], base] + ([] if idx is None else [idx]))
            if regs is None:
                return None
            self.emit("store", [], regs, (e.arg, scale, disp))
            return VOID
        if o == "alloc":
            hdr, kinds = e.arg
            fields = self.args(e.args)
            if fields is None:
                return None
            r = self.new("val")
            self.emit("alloc", [r], [], len(fields) + 1)
            self.emit("storei", [], [r], ("int", 1, -8, hdr))
            for i, (f, k) in enumerate(zip(fields, kinds)):
                self.emit("store", [], [f, r], ("float" if k == "float" else "val", 1, 8 * i))
            return r
        if o == "call":
            info: M.CallInfo = e.arg
            args = self.args(e.args)
            if args is None:
                return None
            if info.tail:
                self.emit("tailcall", [], args, info)
                return None
            r = self.new("val")
            self.emit("call", [r], args, info)
            return r
        if o == "extcall":
            args = self.args(e.args)
            if args is None:
                return None
            r = self.new(e.arg.result)
            self.emit("extcall", [r], args, e.arg)
            return r
        if o == "raise":
            args = self.args(e.args)
            if args is None:
                return None
            self.emit("raise", [], args, e.arg)
            return None
        if o == "checkbound":
            args = self.args(e.args)
            if args is None:
                return None
            self.emit("checkbound", [], args)
            return VOID
        if o in _BINOPS or o in _SHIFTS or o == "cmp":
            a, b = e.args
            if isinstance(b, M.Const) and -(1 << 31) <= b.value < (1 << 31):
                ra = self.expr(a)
                if ra is None:
                    return None
                ra = self.value(ra)
                r = self.new(kind)
                if o == "cmp":
                    self.emit("setcci", [r], [ra], (e.arg, b.value))
                elif o in _SHIFTS:
                    self.emit("shifti", [r], [ra], (_SHIFTS[o], b.value & 63))
                else:
                    self.emit("bini", [r], [ra], (_BINOPS[o], b.value))
                return r
            regs = self.args([a, b])
            if regs is None:
                return None
            r = self.new(kind)
            if o == "cmp":
                self.emit("setcc", [r], regs, e.arg)
            elif o in _SHIFTS:
                self.emit("shift", [r], regs, _SHIFTS[o])
            else:
                self.emit("bin", [r], regs, _BINOPS[o])
            return r
        if o in ("div", "mod"):
            regs = self.args(e.args)
            if regs is None:
                return None
            r = self.new("int")
            self.emit(o, [r], regs)
            return r
        if o in _FBINOPS:
            a, b = e.args
            if isinstance(a, M.ConstFloat) and o in ("addf", "mulf") and not isinstance(b, M.ConstFloat):
                a, b = b, a
            if isinstance(b, M.ConstFloat):
                # the constant is an operand in memory (.rodata)
                ra = self.args([a])
                if ra is None:
                    return None
                r = self.new("float")
                self.emit("fbinc", [r], ra, (_FBINOPS[o], b.value))
                return r
        if o in _FBINOPS or o == "cmpf":
            regs = self.args(e.args)
            if regs is None:
                return None
            r = self.new(kind)
            self.emit("fbin" if o != "cmpf" else "fsetcc", [r], regs, _FBINOPS.get(o, e.arg))
            return r
        if o in ("negf", "absf", "sqrtf", "floatofint", "intoffloat"):
            regs = self.args(e.args)
            if regs is None:
                return None
            r = self.new(kind)
            self.emit(o, [r], regs)
            return r
        raise NotImplementedError(f"selection: {o}")

    # -- control -------------------------------------------------------------------
    def branch_false(self, c: M.Expr, lfalse: str) -> bool:
        """Jump to lfalse when c is 0; False if c does not come back."""
        return self.branch(c, lfalse, False)

    def branch(self, c: M.Expr, lab: str, when: bool) -> bool:
        """Jump to lab when c is true (``when``) or false (not ``when``),
        fall through otherwise; False if c does not come back.  Comparisons
        become compare-and-branch, ``&&``/``||`` (conditional conditions)
        jumps, never a materialised boolean."""
        if isinstance(c, M.Const):
            if bool(c.value) == when:
                self.emit("jmp", [], [], lab)
            return True
        if isinstance(c, M.Let):
            return self.let(c) and self.branch(c.body, lab, when)
        if isinstance(c, M.Seq):
            return self.expr(c.first) is not None and self.branch(c.second, lab, when)
        if isinstance(c, M.Op) and c.op == "cmp":
            a, b = c.args
            cond = c.arg if when else NEGATE[c.arg]
            if isinstance(b, M.Const) and b.value == 0 and c.arg in ("eq", "ne") and _is_bool(a):
                # (a == 0) / (a != 0) of a condition: branch on a itself
                return self.branch(a, lab, when == (c.arg == "ne"))
            if isinstance(b, M.Const) and -(1 << 31) <= b.value < (1 << 31):
                ra = self.args([a])
                if ra is None:
                    return False
                self.emit("bri", [], ra, (cond, b.value, lab))
                return True
            regs = self.args([a, b])
            if regs is None:
                return False
            self.emit("br", [], regs, (cond, lab))
            return True
        if isinstance(c, M.Op) and c.op == "cmpf":
            regs = self.args(c.args)
            if regs is None:
                return False
            self.emit("fbr", [], regs, (c.arg, when, lab))
            return True
        if isinstance(c, M.Op) and c.op == "and" and isinstance(c.args[1], M.Const) and c.args[1].value == 1:
            ra = self.args([c.args[0]])
            if ra is None:
                return False
            self.emit("testi", [], ra, (1, "ne" if when else "eq", lab))
            return True
        if isinstance(c, M.If) and isinstance(c.then, M.Const):
            # c1 || c2 (then is true), not c1 && c2 (then is false)
            lend = new_label()
            if bool(c.then.value) == when:
                if not self.branch(c.cond, lab, True):
                    return False
                back = self.branch(c.else_, lab, when)
            else:
                if not self.branch(c.cond, lend, True):
                    return False
                back = self.branch(c.else_, lab, when)
            self.emit("label", [], [], lend)
            return True
        if isinstance(c, M.If) and isinstance(c.else_, M.Const):
            # c1 && c2 (else is false)
            lend = new_label()
            if bool(c.else_.value) == when:
                if not self.branch(c.cond, lab, False):
                    return False
            elif not self.branch(c.cond, lend, False):
                return False
            self.branch(c.then, lab, when)
            self.emit("label", [], [], lend)
            return True
        if isinstance(c, M.If):
            # a conditional condition (&&, ||, and their combinations)
            lelse, lend = new_label(), new_label()
            if not self.branch(c.cond, lelse, False):
                return False
            then_back = self.branch(c.then, lab, when)
            if then_back:
                self.emit("jmp", [], [], lend)
            self.emit("label", [], [], lelse)
            else_back = self.branch(c.else_, lab, when)
            self.emit("label", [], [], lend)
            return then_back or else_back
        r = self.expr(c)
        if r is None:
            return False
        self.emit("bri", [], [self.value(r)], ("ne" if when else "eq", 0, lab))
        return True

    def join(self, branches, kind: str):
        """Helper: run each branch thunk, moving its value to a result."""
        res = self.new(kind)
        lend = new_label()
        any_back = False
        for k, (lab, thunk) in enumerate(branches):
            if lab is not None:
                self.emit("label", [], [], lab)
            r = thunk()
            if r is not None:
                any_back = True
                self.emit("mov", [res], [self.value(r)])
                self.emit("jmp", [], [], lend)
        self.emit("label", [], [], lend)
        return res if any_back else None

    def if_(self, e: M.If) -> Optional[VReg]:
        if isinstance(e.cond, M.Const):
            return self.expr(e.then if e.cond.value else e.else_)
        lfalse = new_label()
        if not self.branch_false(e.cond, lfalse):
            return None
        return self.join([(None, lambda: self.expr(e.then)), (lfalse, lambda: self.expr(e.else_))],
                         M.kind_of(e))

    def switch(self, e: M.Switch) -> Optional[VReg]:
        r = self.expr(e.scrutinee)
        if r is None:
            return None
        labels = [new_label() for _ in e.actions]
        self.emit("table", [], [self.value(r)], [labels[i] for i in e.index])
        return self.join([(lab, (lambda a=a: self.expr(a))) for lab, a in zip(labels, e.actions)],
                         M.kind_of(e))

    def catch(self, e: M.Catch) -> Optional[VReg]:
        lh = new_label()
        params = [self.var_reg(p) for p in e.params]
        self.catches[e.label] = (lh, params, self.depth)
        info = self.loop_info.get(id(e))
        if info is None:
            return self.join([(None, lambda: self.expr(e.body)), (lh, lambda: self.expr(e.handler))],
                             M.kind_of(e))
        has_call, used = info
        # Live-range splitting for loops: a value live across a call lives in
        # a stack slot for its whole life (regalloc gives one location per
        # virtual register).  A loop that calls nothing gets its own copy, in
        # a fresh register, of each such immutable variable it reads.
        saved: dict = {}
        if not has_call and not self.in_split:
            for v in used:
                r = self.vars.get(v)
                if r is None or v in self.assigned:
                    continue
                d = self.def_at.get(v, 0)
                if d < self.last_call or any(d < at and call for at, call in self.loops):
                    c = self.new(r.kind, r.name)
                    self.emit("mov", [c], [r])
                    self.var_ids.add(c.id)
                    saved[v] = r
                    self.vars[v] = c
            if saved:
                self.in_split = True
        self.loops.append((len(self.code), has_call))
        try:
            return self.join([(None, lambda: self.expr(e.body)), (lh, lambda: self.expr(e.handler))],
                             M.kind_of(e))
        finally:
            self.loops.pop()
            if saved:
                self.in_split = False
                self.vars.update(saved)

    def exit(self, e: M.Exit) -> None:
        lh, params, depth = self.catches[e.label]
        regs = self.args(e.args)
        if regs is None:
            return None
        temps = []
        for r in regs:
            t = self.new(r.kind)
            self.emit("mov", [t], [r])
            temps.append(t)
        for p, t in zip(params, temps):
            self.emit("mov", [p], [t])
        saved = self.depth
        for _ in range(self.depth - depth):
            self.emit("poptrap")
            self.depth -= 1
        self.emit("jmp", [], [], lh)
        self.depth = saved
        return None

    def trywith(self, e: M.TryWith) -> Optional[VReg]:
        lh = new_label()
        res = self.new(M.kind_of(e))
        lend = new_label()
        outer_depth = self.depth
        self.emit("pushtrap", [], [], lh)
        self.depth += 1
        self.handlers.append(lh)
        r = self.expr(e.body)
        back = False
        if r is not None:
            self.emit("mov", [res], [self.value(r)])
            self.emit("poptrap")
            back = True
        self.handlers.pop()
        self.depth = outer_depth
        if back:
            self.emit("jmp", [], [], lend)
        self.emit("label", [], [], lh)
        self.emit("handler", [self.var_reg(e.var)])
        r = self.expr(e.handler)
        if r is not None:
            back = True
            self.emit("mov", [res], [self.value(r)])
        self.emit("label", [], [], lend)
        return res if back else None


# cmm node type -> its selection method
_EXPR = {M.Const: Selector.e_const, M.ConstSym: Selector.e_constsym, M.ConstFloat: Selector.e_constfloat,
         M.Var: Selector.e_var, M.Let: Selector.e_let, M.Assign: Selector.e_assign, M.Seq: Selector.e_seq,
         M.Op: Selector.e_op, M.If: Selector.if_, M.Switch: Selector.switch, M.Catch: Selector.catch,
         M.Exit: Selector.exit, M.TryWith: Selector.trywith}


def _stamp(v: M.CVar) -> int:
    return v.stamp


def _scan(body: M.Expr) -> tuple[set[M.CVar], dict[int, tuple[bool, list[M.CVar]]]]:
    """One walk over a function body: the variables assigned somewhere
    (and the parameters of static handlers), and for each loop (a Catch
    whose handler exits to itself), keyed by id, whether it contains a call
    or a try and the variables it reads, in stamp order (so that the copies
    selection makes of them are numbered the same run after run)."""
    assigned: set[M.CVar] = set()
    loops: dict[int, tuple[bool, list[M.CVar]]] = {}
    # what the walk met so far, in order; a Catch remembers where its
    # subtree and its handler began in them
    reads: list[M.CVar] = []
    exits: list[int] = []
    calls = 0
    stack: list = [body]
    push = stack.append
    while stack:
        x = stack.pop()
        t = type(x)
        if t is M.Var:
            reads.append(x.var)
        elif t is M.Op:
            if x.op == "call" or x.op == "extcall":
                calls += 1
            stack.extend(reversed(x.args))
        elif t is M.Let:
            push(x.body)
            push(x.value)
        elif t is M.Seq:
            push(x.second)
            push(x.first)
        elif t is M.If:
            push(x.else_)
            push(x.then)
            push(x.cond)
        elif t is M.Assign:
            assigned.add(x.var)
            push(x.value)
        elif t is M.Exit:
            exits.append(x.label)
            stack.extend(reversed(x.args))
        elif t is M.Catch:
            assigned.update(x.params)
            mark = [x, len(reads), calls, 0]
            push((_CATCH_END, mark))
            push(x.handler)
            push((_HANDLER_START, mark))
            push(x.body)
        elif t is M.Switch:
            stack.extend(reversed(x.actions))
            push(x.scrutinee)
        elif t is M.TryWith:
            calls += 1
            push(x.handler)
            push(x.body)
        elif t is tuple:
            what, mark = x
            if what is _HANDLER_START:
                mark[3] = len(exits)
            else:
                c, r0, calls0, e0 = mark
                if c.label in exits[e0:]:
                    loops[id(c)] = (calls > calls0, sorted(set(reads[r0:]), key=_stamp))
    return assigned, loops


_HANDLER_START, _CATCH_END = "handler start", "catch end"


def _is_bool(e: M.Expr) -> bool:
    """Is e a raw condition (0 or 1)?"""
    if isinstance(e, M.Const):
        return e.value in (0, 1)
    if isinstance(e, M.Op):
        return e.op in ("cmp", "cmpf") or (e.op == "and" and isinstance(e.args[1], M.Const) and e.args[1].value == 1)
    if isinstance(e, M.If):
        return _is_bool(e.then) and _is_bool(e.else_)
    return False


def _atomic(e: M.Expr) -> bool:
    return isinstance(e, (M.Const, M.ConstSym, M.ConstFloat, M.Var))


def select(fun: M.Fundecl) -> MachFun:
    return Selector(fun).run()
