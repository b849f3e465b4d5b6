"""Register allocation: liveness, live intervals, linear scan with spilling.

1. Liveness is a backward dataflow (bitsets as Python ints) solved over the
   basic blocks of the linear code, then swept once through each block.
   An instruction inside a ``try`` has its handler as an extra successor,
   so what the handler reads stays live over the whole body.
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


_CLOBBERS = {"call": ALL, "tailcall": ALL, "handler": ALL, "extcall": ALL,
             "div": frozenset(("rax", "rdx")), "mod": frozenset(("rax", "rdx")),
             "shift": frozenset(("rcx",))}
_NOTHING: frozenset = frozenset()
_BRANCHES = ("br", "bri", "testi", "fbr")
_MARKED = frozenset(_CLOBBERS) | frozenset(GC_POINTS)   # liveness needed across them


@dataclass(slots=True)
class Allocation:
    loc: dict = field(default_factory=dict)        # vreg id -> ("reg", name) | ("stack", slot)
    slots: int = 0
    live_across: dict = field(default_factory=dict)  # ins index -> [VReg] (val kind)


@dataclass(slots=True)
class Liveness:
    """Liveness of linear code, per basic block: the dataflow is solved over
    blocks (a fraction of the instructions), then one backward sweep per
    block gives what is needed at single instructions."""
    use: list[int]                 # per instruction, bitsets of vreg ids
    dfn: list[int]
    regs: dict[int, VReg]
    blocks: list[tuple[int, int]]  # [first, last] instruction indices
    succ: list[list[int]]          # per block, its successors
    live_in: list[int]             # per block
    live_out: list[int]
    # per block: (handler's block, first and last instruction protected by
    # it here); a handler is an extra successor of each such instruction
    handlers: list[list[tuple[int, int, int]]]
    label_block: dict[str, int]
    across: dict[int, int]         # live over a clobbering or GC point (by index)


def _masks(code: list[Ins]) -> tuple[list[int], list[int], dict[int, VReg]]:
    """Each instruction's used and defined vregs as bitsets, and the vregs."""
    regs: dict[int, VReg] = {}
    use: list[int] = []
    dfn: list[int] = []
    for i in code:
        u = 0
        for r in i.args:
            u |= 1 << r.id
            regs[r.id] = r
        d = 0
        for r in i.res:
            d |= 1 << r.id
            regs[r.id] = r
        use.append(u)
        dfn.append(d)
    return use, dfn, regs


def liveness(code: list[Ins], use: list[int], dfn: list[int], regs: dict[int, VReg]) -> Liveness:
    n = len(code)
    # one forward pass: the blocks, what each reads before writing it (gen)
    # and writes (kill), and the handlers protecting parts of it
    blocks: list[tuple[int, int]] = []
    gen: list[int] = []
    kill: list[int] = []
    groups: list[list[list]] = []      # per block: [handler label, first, last, defs it does not see]
    label_block: dict[str, int] = {}
    f = g = kl = 0
    hs: list[list] = []
    for k, i in enumerate(code):
        op = i.op
        if op == "label":
            if k != f:
                blocks.append((f, k - 1))
                gen.append(g)
                kill.append(kl)
                groups.append(hs)
                f, g, kl, hs = k, 0, 0, []
            label_block[i.arg] = len(blocks)
        g |= use[k] & ~kl
        kl |= dfn[k]
        h = i.handler
        if h is not None:
            for grp in hs:
                if grp[0] == h:
                    grp[2] = k
                    break
            else:
                # what the handler reads is live from the block's entry
                # down to the first instruction it protects here
                hs.append([h, k, k, ~kl])
        if op in _BRANCHES or op in _NO_FALLTHROUGH or k == n - 1:
            blocks.append((f, k))
            gen.append(g)
            kill.append(kl)
            groups.append(hs)
            f, g, kl, hs = k + 1, 0, 0, []
    nb = len(blocks)
    succ: list[list[int]] = []
    for b, (f, l) in enumerate(blocks):
        i = code[l]
        op = i.op
        if op == "jmp":
            s = [label_block[i.arg]]
        elif op in _BRANCHES:
            s = [label_block[i.arg[-1]]] + ([b + 1] if b + 1 < nb else [])
        elif op == "table":
            s = [label_block[x] for x in set(i.arg)]
        elif op in _NO_FALLTHROUGH or b + 1 == nb:
            s = []
        else:
            s = [b + 1]
        succ.append(s)
    handlers = [[(label_block[h], first, last) for h, first, last, _ in hs] for hs in groups]
    hmasks = [[(label_block[h], mask) for h, _, _, mask in hs] for hs in groups]
    live_in = [0] * nb
    live_out = [0] * nb
    changed = True
    while changed:
        changed = False
        for b in range(nb - 1, -1, -1):
            out = 0
            for x in succ[b]:
                out |= live_in[x]
            inn = gen[b] | (out & ~kill[b])
            for hb, mask in hmasks[b]:
                inn |= live_in[hb] & mask
            live_out[b] = out
            if inn != live_in[b]:
                live_in[b] = inn
                changed = True
    return Liveness(use, dfn, regs, blocks, succ, live_in, live_out, handlers, label_block, {})


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


def dead_code(code: list[Ins]) -> tuple[list[Ins], Liveness]:
    """Drop side-effect-free instructions whose results are never read
    (unit values of sequences, unused loads), until nothing changes; also
    the liveness of what is left, with ``across`` filled in.  A backward
    sweep drops a whole chain of dead instructions in a block at once; each
    one it drops is dead in the code at hand (its live sets only shrink as
    instructions go), so the result is that of dropping one round at a
    time."""
    use, dfn, regs = _masks(code)
    while True:
        lv = liveness(code, use, dfn, regs)
        live_in, hblock = lv.live_in, lv.label_block
        across = lv.across
        dead: set[int] = set()
        # blocks last to first, each seeing what its successors lost already
        for b in range(len(lv.blocks) - 1, -1, -1):
            f, l = lv.blocks[b]
            live = 0
            for x in lv.succ[b]:
                live |= live_in[x]
            removed = len(dead)
            for k in range(l, f - 1, -1):
                i = code[k]
                if i.handler is not None:
                    live |= live_in[hblock[i.handler]]
                d = dfn[k]
                op = i.op
                if op in PURE and not (live & d):
                    dead.add(k)
                    continue
                if op in _MARKED:
                    across[k] = live & ~d
                live = use[k] | (live & ~d)
            if len(dead) != removed:
                live_in[b] = live
        if not dead:
            return code, lv
        keep = [k for k in range(len(code)) if k not in dead]
        code = [code[k] for k in keep]
        use = [use[k] for k in keep]
        dfn = [dfn[k] for k in keep]


def _intervals(lv: Liveness) -> tuple[dict[int, int], dict[int, int]]:
    """First and last position where each vreg is defined, used or live.
    Within a block, what is live there and not at its ends is mentioned by
    an instruction or read by a handler: only those points need looking at."""
    start: dict[int, int] = {}
    end: dict[int, int] = {}
    use, dfn, live_in = lv.use, lv.dfn, lv.live_in
    for b, (f, l) in enumerate(lv.blocks):
        extra: dict[int, int] = {f: live_in[b]}
        for hb, first, last in lv.handlers[b]:
            extra[first] = extra.get(first, 0) | live_in[hb]
            extra[last] = extra.get(last, 0) | live_in[hb]
        extra[l] = extra.get(l, 0) | lv.live_out[b]
        for k in range(f, l + 1):
            t = use[k] | dfn[k]
            if k in extra:
                t |= extra[k]
            while t:                        # _bits(t), inline: the hottest loop
                low = t & -t
                r = low.bit_length() - 1
                t ^= low
                if r not in start:
                    start[r] = k
                end[r] = k
    return start, end


def allocate(fun: MachFun) -> Allocation:
    fun.code, lv = dead_code(fun.code)
    code, regs = fun.code, lv.regs
    start, end = _intervals(lv)
    # Registers each virtual register may not take: those destroyed by an
    # instruction across which it is live (precise: a value dead after a
    # call, or only live on paths that avoid it, keeps its register).
    forbidden: dict[int, frozenset] = {}
    for k, across in lv.across.items():
        c = _CLOBBERS.get(code[k].op)
        if c:
            for b in _bits(across):
                f = forbidden.get(b)
                if f is None:
                    forbidden[b] = c
                elif f is not c and not c <= f:     # no new set when nothing is added
                    forbidden[b] = f | c
    hints = _hints(code)

    alloc = Allocation()
    order = sorted(start, key=lambda r: (start[r], end[r], r))
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

    loc = alloc.loc
    used: set[str] = set()                 # the registers of the active ones
    soonest = len(code)                    # no active one ends before
    allowed_of: dict[tuple[bool, frozenset], list[str]] = {}
    for rid in order:
        s, e = start[rid], end[rid]
        # an interval ending where this one starts frees its register: the
        # emitter reads every operand before it writes a result
        if soonest <= s:
            defined_here = {r.id for r in code[s].res}
            active = [a for a in active if end[a] > s or (end[a] == s and a in defined_here)]
            used = {loc[a][1] for a in active}
            soonest = min([end[a] for a in active], default=len(code))
        flt = regs[rid].kind == "float"
        bad = forbidden.get(rid, _NOTHING)
        allowed = allowed_of.get((flt, bad))
        if allowed is None:
            allowed = allowed_of[flt, bad] = [r for r in (XMMS if flt else GPRS) if r not in bad]
        choice = None
        for h in hints.get(rid, ()):
            if isinstance(h, int):          # same register as a moved-from vreg
                where = loc.get(h)
                h = where[1] if where is not None and where[0] == "reg" else None
            if h in allowed and h not in used:
                choice = h
                break
        if choice is None:
            ins = code[s]
            if ins.op in _TWO_ADDRESS and len(ins.args) > 1 and ins.res and ins.res[0].id == rid:
                # not the second operand's register: ``op b, d`` needs d != b
                other = loc.get(ins.args[1].id)
                if other is not None and other[0] == "reg":
                    choice = next((r for r in allowed if r not in used and r != other[1]), None)
        if choice is None:
            for r in allowed:
                if r not in used:
                    choice = r
                    break
        if choice is None:
            # spill the active interval of the same class ending last, if it
            # ends after this one and its register suits this interval
            cands = [a for a in active if loc[a][1] in allowed and end[a] > e]
            if cands:
                victim = max(cands, key=lambda a: end[a])
                choice = loc[victim][1]
                active.remove(victim)
                take_slot_at(alloc, victim, start, end, slot_active, free_slots)
        if choice is None:
            take_slot(rid)
        else:
            loc[rid] = ("reg", choice)
            active.append(rid)
            used.add(choice)
            if e < soonest:
                soonest = e
    for k in sorted(lv.across):
        if code[k].op in GC_POINTS:
            alloc.live_across[k] = [regs[b] for b in _bits(lv.across[k]) if regs[b].kind == "val"]
    return alloc


def take_slot_at(alloc: Allocation, rid: int, start, end, slot_active, free_slots) -> None:
    """Spill an interval that already held a register: a fresh slot (the
    reuse list is ordered by start, which this interval precedes)."""
    sl = alloc.slots
    alloc.slots += 1
    alloc.loc[rid] = ("stack", sl)
    slot_active.append((end[rid], sl))
