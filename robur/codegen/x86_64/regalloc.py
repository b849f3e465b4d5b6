"""Register allocation: liveness, live intervals, linear scan with spilling.

1. Liveness is a backward dataflow over the linear code (bitsets as Python
   ints).  An instruction inside a ``try`` has its handler as an extra
   successor, so what the handler reads stays live over the whole body.
2. Each virtual register gets one interval [first, last] position where it
   is defined, used or live (conservative across holes).
3. Linear scan (Poletto & Sarkar) over the intervals sorted by start.  An
   interval may not take a register that an instruction strictly inside it
   destroys: calls destroy every register (OCaml's convention: all
   registers are caller-saved), division destroys rax/rdx, a variable
   shift rcx, a handler entry everything (a raise arrives with nothing
   preserved).  So a value live across a call lands in a stack slot.  When
   no register is free, the interval ending last is spilled: it lives in
   its stack slot for its whole life, and the emitter goes through the
   scratch registers r10/r11 (xmm14/xmm15) to use it.
4. Stack slots are reused once their interval has ended.

The result also gives, for each point that may trigger the GC, the ``val``
registers live across it: the emitter turns them into frame descriptors.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .selection import Ins, MachFun, VReg

GPRS = ("rbx", "rsi", "rdi", "r8", "r9", "r12", "r13", "rbp", "rcx", "rdx", "rax")
XMMS = tuple(f"xmm{i}" for i in range(14))
SCRATCH = ("r10", "r11")
ALL = frozenset(GPRS) | frozenset(XMMS)
GC_POINTS = ("call", "extcall", "alloc", "checkbound")
_NO_FALLTHROUGH = ("jmp", "ret", "tailcall", "raise", "table")


def clobbers(ins: Ins) -> frozenset:
    op = ins.op
    if op in ("call", "tailcall", "handler"):
        return ALL
    if op == "extcall":
        return ALL
    if op in ("div", "mod"):
        return frozenset(("rax", "rdx"))
    if op == "shift":
        return frozenset(("rcx",))
    return frozenset()


@dataclass(slots=True)
class Allocation:
    loc: dict = field(default_factory=dict)        # vreg id -> ("reg", name) | ("stack", slot)
    slots: int = 0
    live_across: dict = field(default_factory=dict)  # ins index -> [VReg] (val kind)


def liveness(code: list[Ins]) -> tuple[list[int], list[int], dict[int, VReg]]:
    labels = {i.arg: n for n, i in enumerate(code) if i.op == "label"}
    regs: dict[int, VReg] = {}
    n = len(code)
    use = [0] * n
    dfn = [0] * n
    succ: list[list[int]] = []
    for k, i in enumerate(code):
        u = 0
        for r in i.args:
            u |= 1 << r.id
            regs[r.id] = r
        d = 0
        for r in i.res:
            d |= 1 << r.id
            regs[r.id] = r
        use[k], dfn[k] = u, d
        s: list[int] = []
        op = i.op
        if op == "jmp":
            s.append(labels[i.arg])
        elif op in ("br", "bri", "testi", "fbr"):
            s += [labels[i.arg[-1]], k + 1]
        elif op == "table":
            s += [labels[l] for l in set(i.arg)]
        elif op not in _NO_FALLTHROUGH:
            s.append(k + 1)
        if i.handler is not None:
            s.append(labels[i.handler])
        succ.append([x for x in s if x < n])
    live_in = [0] * n
    live_out = [0] * n
    changed = True
    while changed:
        changed = False
        for k in range(n - 1, -1, -1):
            out = 0
            for s in succ[k]:
                out |= live_in[s]
            inn = use[k] | (out & ~dfn[k])
            if inn != live_in[k] or out != live_out[k]:
                live_in[k], live_out[k] = inn, out
                changed = True
    return live_in, live_out, regs


def dfn_of(i: Ins) -> int:
    d = 0
    for r in i.res:
        d |= 1 << r.id
    return d


_ARGS = ("rax", "rbx", "rdi", "rsi", "rdx", "rcx", "r8", "r9", "r12", "r13")
_CARGS = ("rdi", "rsi", "rdx", "rcx", "r8", "r9")


def _hints(code: list[Ins]) -> dict[int, list]:
    """Preferred registers: where a value arrives (parameters, call
    results) or must go (call arguments, the returned value), and the
    register of the source of a move (so that the move disappears)."""
    h: dict[int, list] = {}

    def add(r, x) -> None:
        h.setdefault(r.id, []).append(x)
    for i in code:
        op = i.op
        if op == "entry":
            for r, x in zip(i.res, _ARGS):
                add(r, x)
        elif op in ("call", "tailcall"):
            args = i.args if i.arg.direct else i.args[1:]
            for r, x in zip(args, _ARGS):
                add(r, x)
            for r in i.res:
                add(r, "rax")
        elif op == "extcall":
            for r, x in zip(i.args, _CARGS):
                add(r, x)
            for r in i.res:
                add(r, "rax")
        elif op == "ret":
            add(i.args[0], "rax")
        elif op == "mov":
            add(i.res[0], i.args[0].id)
        elif op in _TWO_ADDRESS and i.res:
            # x86 two-address form: the result in the first operand's
            # register (when it dies here) saves a move
            add(i.res[0], i.args[0].id)
    return h


_TWO_ADDRESS = frozenset(("bin", "bini", "shifti", "shift", "fbin", "fbinc"))


def _bits(x: int):
    while x:
        low = x & -x
        yield low.bit_length() - 1
        x ^= low


PURE = frozenset(("li", "lsym", "lf", "mov", "bin", "bini", "shift", "shifti", "setcc", "setcci", "load",
                  "fbin", "fbinc", "fsetcc", "negf", "absf", "sqrtf", "floatofint", "intoffloat"))


def dead_code(code: list[Ins]) -> list[Ins]:
    """Drop side-effect-free instructions whose results are never read
    (unit values of sequences, unused loads), until nothing changes."""
    while True:
        _, live_out, _ = liveness(code)
        keep = [i for k, i in enumerate(code)
                if not (i.op in PURE and not (live_out[k] & dfn_of(i)))]
        if len(keep) == len(code):
            return code
        code = keep


def allocate(fun: MachFun) -> Allocation:
    fun.code = code = dead_code(fun.code)
    live_in, live_out, regs = liveness(code)
    start: dict[int, int] = {}
    end: dict[int, int] = {}
    for k, i in enumerate(code):
        touched = live_in[k] | live_out[k]
        for r in i.args:
            touched |= 1 << r.id
        for r in i.res:
            touched |= 1 << r.id
        for b in _bits(touched):
            if b not in start:
                start[b] = k
            end[b] = k
    # Registers each virtual register may not take: those destroyed by an
    # instruction across which it is live (precise: a value dead after a
    # call, or only live on paths that avoid it, keeps its register).
    forbidden: dict[int, frozenset] = {}
    for k, i in enumerate(code):
        c = clobbers(i)
        if c:
            across = live_out[k] & ~dfn_of(i)
            for b in _bits(across):
                forbidden[b] = forbidden.get(b, frozenset()) | c
    hints = _hints(code)

    alloc = Allocation()
    order = sorted(start, key=lambda r: (start[r], end[r]))
    active: list[int] = []                 # vreg ids holding a register
    free_slots: list[int] = []
    slot_active: list[tuple[int, int]] = []  # (end, slot)

    def take_slot(rid: int) -> None:
        nonlocal slot_active
        s0 = start[rid]
        still = []
        for e, sl in slot_active:
            if e < s0:
                free_slots.append(sl)
            else:
                still.append((e, sl))
        slot_active = still
        if free_slots:
            sl = free_slots.pop()
        else:
            sl = alloc.slots
            alloc.slots += 1
        alloc.loc[rid] = ("stack", sl)
        slot_active.append((end[rid], sl))

    for rid in order:
        s, e = start[rid], end[rid]
        # an interval ending where this one starts frees its register: the
        # emitter reads every operand before it writes a result
        defined_here = {r.id for r in code[s].res}
        active = [a for a in active if end[a] > s or (end[a] == s and a in defined_here)]
        pool = XMMS if regs[rid].kind == "float" else GPRS
        bad = forbidden.get(rid, frozenset())
        allowed = [r for r in pool if r not in bad]
        used = {alloc.loc[a][1] for a in active}
        choice = None
        for h in hints.get(rid, ()):
            if isinstance(h, int):          # same register as a moved-from vreg
                loc = alloc.loc.get(h)
                h = loc[1] if loc is not None and loc[0] == "reg" else None
            if h in allowed and h not in used:
                choice = h
                break
        if choice is None:
            ins = code[s]
            if ins.op in _TWO_ADDRESS and len(ins.args) > 1 and ins.res and ins.res[0].id == rid:
                # not the second operand's register: ``op b, d`` needs d != b
                other = alloc.loc.get(ins.args[1].id)
                if other is not None and other[0] == "reg":
                    choice = next((r for r in allowed if r not in used and r != other[1]), None)
        if choice is None:
            choice = next((r for r in allowed if r not in used), None)
        if choice is None:
            # spill the active interval of the same class ending last, if it
            # ends after this one and its register suits this interval
            cands = [a for a in active if alloc.loc[a][1] in allowed and end[a] > e]
            if cands:
                victim = max(cands, key=lambda a: end[a])
                choice = alloc.loc[victim][1]
                active.remove(victim)
                take_slot_at(alloc, victim, start, end, slot_active, free_slots)
        if choice is None:
            take_slot(rid)
        else:
            alloc.loc[rid] = ("reg", choice)
            active.append(rid)
    for k, i in enumerate(code):
        if i.op in GC_POINTS:
            across = live_out[k] & ~sum(1 << r.id for r in i.res)
            alloc.live_across[k] = [regs[b] for b in _bits(across) if regs[b].kind == "val"]
    return alloc


def take_slot_at(alloc: Allocation, rid: int, start, end, slot_active, free_slots) -> None:
    """Spill an interval that already held a register: a fresh slot (the
    reuse list is ordered by start, which this interval precedes)."""
    sl = alloc.slots
    alloc.slots += 1
    alloc.loc[rid] = ("stack", sl)
    slot_active.append((end[rid], sl))
