"""Closure-converted lambda -> cmm (after OCaml's ``asmcomp/cmmgen.ml``).

This is where OCaml's value representation becomes explicit: tagged
arithmetic (an int n is the word 2n+1, so a+b is a+b-1 and wraps at 63
bits), header words, bounds checks, the write barrier, boxing of floats.

Conventions kept here (docs/codegen.md):
- lambda variables become ``val`` cmm variables, except let-bound floats
  that are computed unboxed: those live in an xmm register (``float``) and
  are boxed again only where a boxed value is needed;
- ``setglobal`` stores the fields of the unit's module block (a static block
  labelled ``unit_symbol(unit)``, listed in ``caml_globals``) with plain
  stores: the GC scans the globals at every collection;
- arguments and block fields are evaluated right to left, like ocamlopt.
"""
from __future__ import annotations

import itertools

from ..lambda_ import ir as L
from . import closure as C
from . import cmm as M
from .cmm import CallInfo, Const, ConstSym, ExtInfo, Op, Var

DOUBLE_TAG, STRING_TAG, CLOSURE_TAG, INFIX_TAG, DOUBLE_ARRAY_TAG, CUSTOM_TAG = 253, 252, 247, 249, 254, 255
MAX_YOUNG_WOSIZE = 256
MAX_ARITY = 9            # arguments + closure must fit the 10 argument registers
UNIT = Const(1)


def header(wosize: int, tag: int) -> int:
    return (wosize << 10) | tag


def closinfo(arity: int, start_env: int) -> int:
    return ((arity & 0xFF) << 56) + (start_env << 1) + 1


def curry_symbol(n: int) -> str:
    return f"caml_curry{n}"


def apply_symbol(n: int) -> str:
    return f"caml_apply{n}"


# -- small cmm constructors -------------------------------------------------------

def tag_int(e: M.Expr) -> M.Expr:
    if isinstance(e, Const):
        return Const(_wrap(e.value * 2 + 1))
    return Op("add", [Op("lsl", [e, Const(1)]), Const(1)], "val")


def untag_int(e: M.Expr) -> M.Expr:
    if isinstance(e, Const):
        return Const(e.value >> 1)
    if isinstance(e, Op) and e.op == "add" and len(e.args) == 2 and isinstance(e.args[1], Const) \
            and e.args[1].value == 1 and isinstance(e.args[0], Op) and e.args[0].op == "lsl" \
            and isinstance(e.args[0].args[1], Const) and e.args[0].args[1].value == 1:
        return e.args[0].args[0]
    return Op("asr", [e, Const(1)])


def _wrap(n: int) -> int:
    n &= (1 << 64) - 1
    return n - (1 << 64) if n >= 1 << 63 else n


def field_addr(base: M.Expr, index: int) -> M.Expr:
    return Op("add", [base, Const(8 * index)], "addr") if index else base


def load(kind: str, addr: M.Expr) -> M.Expr:
    return Op("load", [addr], kind)


def box_float(e: M.Expr) -> M.Expr:
    return Op("alloc", [e], (header(1, DOUBLE_TAG), ("float",)))


def is_box(e: M.Expr) -> bool:
    return isinstance(e, Op) and e.op == "alloc" and e.arg[0] == header(1, DOUBLE_TAG)


def unbox_float(e: M.Expr) -> M.Expr:
    if is_box(e):
        return e.args[0]
    if isinstance(e, M.Let):
        return M.Let(e.var, e.value, unbox_float(e.body))
    if isinstance(e, M.Seq):
        return M.Seq(e.first, unbox_float(e.second))
    return load("float", e)


_CUSTOM_OPS = {"int32": "caml_int32_ops", "int64": "caml_int64_ops", "nativeint": "caml_nativeint_ops"}


def box_boxedint(kind: str, x: M.Expr) -> M.Expr:
    if kind == "int32":    # keep the payload sign-extended from 32 bits
        x = Op("asr", [Op("lsl", [x, Const(32)]), Const(32)])
    return Op("alloc", [ConstSym(_CUSTOM_OPS[kind], kind="int"), x], (header(2, CUSTOM_TAG), ("int", "int")))


def unbox_boxedint(kind: str, e: M.Expr) -> M.Expr:
    if isinstance(e, Op) and e.op == "alloc" and e.arg[0] == header(2, CUSTOM_TAG):
        return e.args[1]
    x = load("int", Op("add", [e, Const(8)], "addr"))
    if kind == "int32":
        x = Op("asr", [Op("lsl", [x, Const(32)]), Const(32)])
    return x


# cmm variables of mutable lets (assigned after their binding): reading one
# is not "simple", since a later argument may assign it before the read
_MUTABLE: set = set()


_CONSTS = (Const, ConstSym, M.ConstFloat)


def simple(e: M.Expr) -> bool:
    t = type(e)
    if t is Var:
        return e.var not in _MUTABLE
    return t in _CONSTS


def bind(name: str, e: M.Expr, k) -> M.Expr:
    """Evaluate e once, then k(variable or e itself if simple)."""
    if simple(e):
        return k(e)
    kind = M.kind_of(e)
    v = M.CVar.fresh(name, "int" if kind == "addr" else kind)
    return M.Let(v, e, k(Var(v)))


_ATOMS = (Const, ConstSym, M.ConstFloat, Var)


def bind_rtl(es: list[M.Expr], k) -> M.Expr:
    """Evaluate es right to left (ocamlopt's order), then k(simple exprs)."""
    n = len(es)
    atoms = 0                     # how many of es, from the first, are atoms
    while atoms < n and type(es[atoms]) in _ATOMS:
        atoms += 1
    if atoms == n:
        # the common case: nothing to bind, and no variable read can be
        # overtaken by an assignment, so each stands for itself
        return k(list(es))
    # A loop rather than nested continuations; the temporaries are made in
    # the same order (right to left) and wrapped around k's result.
    out: list = [None] * n
    lets = []
    for i in range(n - 1, -1, -1):
        e = es[i]
        t = type(e)
        if t is Var:
            # nothing evaluated after it (es[:i]) can assign the variable
            if i <= atoms or e.var not in _MUTABLE:
                out[i] = e
                continue
        elif t in _CONSTS:
            out[i] = e
            continue
        kind = M.kind_of(e)
        v = M.CVar.fresh("arg", "int" if kind == "addr" else kind)
        lets.append((v, e))
        out[i] = Var(v)
    r = k(out)
    for v, e in reversed(lets):
        r = M.Let(v, e, r)
    return r


def seq(*es: M.Expr) -> M.Expr:
    r = es[-1]
    for e in reversed(es[:-1]):
        r = M.Seq(e, r)
    return r


def string_length(s: M.Expr) -> M.Expr:
    """Byte length of a string (raw): wosize*8 - 1 - last byte."""
    return bind("str", s, lambda s: bind(
        "bsz", Op("sub", [Op("lsl", [Op("lsr", [load("int", Op("add", [s, Const(-8)], "addr")), Const(10)]),
                                     Const(3)]), Const(1)]),
        lambda n: Op("sub", [n, load("byte", Op("add", [s, n], "addr"))])))


def block_wosize(b: M.Expr) -> M.Expr:
    return Op("lsr", [load("int", Op("add", [b, Const(-8)], "addr")), Const(10)])


def block_tag(b: M.Expr) -> M.Expr:
    return load("byte", Op("add", [b, Const(-8)], "addr"))


def raise_sym(sym: str) -> M.Expr:
    return Op("raise", [ConstSym(sym)])


class CmmGen:
    def __init__(self, unit: str, source: str = ""):
        self.unit = unit
        self.out = M.Unit(unit, source=source)
        self.vars: dict[L.Var, M.CVar] = {}
        self.floats: dict[L.Var, M.CVar] = {}
        self.catch_labels: dict[int, tuple[int, list[M.CVar]]] = {}
        self._n = itertools.count(1)
        self._consts: dict = {}
        self.try_depth = 0
        self.module_size = 0
        self.float_muts: set[L.Var] = set()
        self.int_vars: set[L.Var] = set()

    # -- static data -----------------------------------------------------------
    def data_label(self, what: str = "const") -> str:
        # "." cannot occur in an OCaml name, so these never collide with the
        # symbols of the unit's functions (caml<Unit>__<name>_<n>)
        return f"caml{self.unit}.{what}_{next(self._n)}"

    def emit_string(self, b: bytes) -> str:
        key = ("s", b)
        if key in self._consts:
            return self._consts[key]
        lab = self.data_label("str")
        wosize = len(b) // 8 + 1
        pad = wosize * 8 - len(b)
        self.out.data += [M.DHeader(wosize, STRING_TAG), M.DLabel(lab),
                          M.DBytes(b + bytes(pad - 1) + bytes([pad - 1]))]
        self._consts[key] = lab
        return lab

    def emit_float(self, x: float) -> str:
        lab = self.data_label("float")
        self.out.data += [M.DHeader(1, DOUBLE_TAG), M.DLabel(lab), M.DFloat(x)]
        return lab

    def const_word(self, c: L.Constant) -> int | str:
        if isinstance(c, L.CInt):
            return _wrap(c.value * 2 + 1)
        return self.const_symbol(c)

    def const_symbol(self, c: L.Constant) -> str:
        if isinstance(c, L.CString):
            return self.emit_string(c.value)
        if isinstance(c, L.CFloat):
            return self.emit_float(parse_float(c.text))
        if isinstance(c, L.CBlock):
            words = [self.const_word(f) for f in c.fields]
            lab = self.data_label()
            self.out.data += [M.DHeader(len(words), c.tag), M.DLabel(lab)] + [M.DWord(w) for w in words]
            return lab
        if isinstance(c, L.CFloatArray):
            lab = self.data_label()
            self.out.data += [M.DHeader(len(c.items), DOUBLE_ARRAY_TAG), M.DLabel(lab)] + \
                [M.DFloat(parse_float(x)) for x in c.items]
            return lab
        if isinstance(c, L.CBoxedInt):
            ops = {"int32": "caml_int32_ops", "int64": "caml_int64_ops", "nativeint": "caml_nativeint_ops"}[c.kind]
            lab = self.data_label()
            v = c.value & ((1 << 32) - 1) if c.kind == "int32" else c.value & ((1 << 64) - 1)
            self.out.data += [M.DHeader(2, CUSTOM_TAG), M.DLabel(lab), M.DWord(ops), M.DWord(_wrap(v))]
            return lab
        raise TypeError(c)

    def emit_static_closure(self, sc: C.StaticClosure) -> None:
        pos, env_start = C.layout(sc.funs)
        self.out.data.append(M.DHeader(env_start, CLOSURE_TAG))
        for k, (f, sym) in enumerate(zip(sc.funs, sc.symbols)):
            if k > 0:
                self.out.data.append(M.DWord(header(pos[k], INFIX_TAG) | (3 << 8)))
            self.out.data.append(M.DLabel(sym))
            self.out.data += self.closure_words(f, env_start - pos[k])

    def closure_words(self, f: C.UFun, start_env: int) -> list:
        if f.arity == 1:
            return [M.DWord(f.label), M.DWord(closinfo(1, start_env))]
        self.out.curry_arities.add(f.arity)
        return [M.DWord(curry_symbol(f.arity)), M.DWord(closinfo(f.arity, start_env)), M.DWord(f.label)]

    # -- expressions -------------------------------------------------------------
    def var(self, v: L.Var) -> M.Expr:
        if v in self.floats:
            return box_float(Var(self.floats[v]))
        cv = self.vars.get(v)
        if cv is None:
            raise KeyError(f"cmmgen: unbound variable {v}")
        return Var(cv)

    def fvar(self, t: L.Lam) -> M.Expr:
        """t as an unboxed float."""
        if isinstance(t, L.Local) and t.var in self.floats:
            return Var(self.floats[t.var])
        if isinstance(t, L.Const) and isinstance(t.value, L.CFloat):
            return M.ConstFloat(parse_float(t.value.text))
        return unbox_float(self.expr(t))

    def expr(self, t: L.Lam) -> M.Expr:
        m = _EXPR_BY_CLASS.get(type(t))
        if m is None:
            m = _expr_method(type(t))
        return m(self, t)

    def x_Local(self, t: L.Local) -> M.Expr:
        return self.var(t.var)

    def x_Global(self, t: L.Global) -> M.Expr:
        self.out.globals.add(t.unit)
        return ConstSym(L.unit_symbol(t.unit))

    def x_Const(self, t: L.Const) -> M.Expr:
        w = self.const_word(t.value)
        return Const(w) if isinstance(w, int) else ConstSym(w)

    def x_UConstSym(self, t: C.UConstSym) -> M.Expr:
        return ConstSym(t.name)

    def x_Let(self, t: L.Let) -> M.Expr:
        if t.mutable:
            if t.var in self.float_muts:      # every value it takes is a float: unboxed
                cv = M.CVar.fresh(t.var.name, "float")
                self.floats[t.var] = cv
                value = self.fvar(t.value)
            else:
                cv = M.CVar.fresh(t.var.name, "val")
                self.vars[t.var] = cv
                value = self.expr(t.value)
            _MUTABLE.add(cv)
            return M.Let(cv, value, self.expr(t.body))
        if isinstance(t.value, L.Const) and isinstance(t.value.value, L.CFloat):
            value: M.Expr = box_float(M.ConstFloat(parse_float(t.value.value.text)))
        else:
            value = self.expr(t.value)
        if is_box(value):
            cv = M.CVar.fresh(t.var.name, "float")
            self.floats[t.var] = cv
            return M.Let(cv, unbox_float(value), self.expr(t.body))
        if self.is_int(t.value):
            self.int_vars.add(t.var)
        cv = M.CVar.fresh(t.var.name, "val")
        self.vars[t.var] = cv
        return M.Let(cv, value, self.expr(t.body))

    def x_Assign(self, t: L.Assign) -> M.Expr:
        if t.var in self.floats:      # a float ref made local: stays unboxed
            return M.Seq(M.Assign(self.floats[t.var], self.fvar(t.value)), UNIT)
        return M.Seq(M.Assign(self.vars[t.var], self.expr(t.value)), UNIT)

    def x_Seq(self, t: L.Seq) -> M.Expr:
        return M.Seq(self.expr(t.first), self.expr(t.second))

    def x_If(self, t: L.If) -> M.Expr:
        return M.If(self.cond(t.cond), self.expr(t.then), self.expr(t.else_))

    def x_While(self, t: L.While) -> M.Expr:
        lab = L.fresh_label()
        loop = M.If(self.cond(t.cond), M.Seq(self.expr(t.body), M.Exit(lab, [])), UNIT)
        return M.Catch(lab, [], M.Exit(lab, []), loop)

    def x_For(self, t: L.For) -> M.Expr:
        i = M.CVar.fresh(t.var.name, "val")
        self.vars[t.var] = i
        hi = M.CVar.fresh("hi", "val")
        lab = L.fresh_label()
        cmp, step = ("le", 2) if t.upward else ("ge", -2)
        body = M.Seq(self.expr(t.body),
                     M.If(Op("cmp", [Var(i), Var(hi)], "ne"),
                          M.Seq(M.Assign(i, Op("add", [Var(i), Const(step)], "val")), M.Exit(lab, [])), UNIT))
        loop = M.Catch(lab, [], M.Exit(lab, []), body)
        return M.Let(i, self.expr(t.start), M.Let(hi, self.expr(t.stop),
                     M.If(Op("cmp", [Var(i), Var(hi)], cmp), loop, UNIT)))

    def x_StaticCatch(self, t: L.StaticCatch) -> M.Expr:
        params = []
        for p in t.params:
            cv = M.CVar.fresh(p.name, "val")
            self.vars[p] = cv
            params.append(cv)
        lab = next(self._n) + 1_000_000
        self.catch_labels[t.label] = (lab, params)
        return M.Catch(lab, params, self.expr(t.body), self.expr(t.handler))

    def x_StaticRaise(self, t: L.StaticRaise) -> M.Expr:
        lab, _ = self.catch_labels[t.label]
        return bind_rtl([self.expr(a) for a in t.args], lambda xs: M.Exit(lab, xs))

    def x_TryWith(self, t: L.TryWith) -> M.Expr:
        self.try_depth += 1
        body = self.expr(t.body)
        self.try_depth -= 1
        cv = M.CVar.fresh(t.exn.name, "val")
        self.vars[t.exn] = cv
        return M.TryWith(body, cv, self.expr(t.handler))

    def x_Switch(self, t: L.Switch) -> M.Expr:
        # The default is compiled once, as a static handler that holes and
        # out-of-range values jump to.
        dflt = next(self._n) + 1_000_000 if t.default is not None else None

        def dispatch(x: M.Expr, cases: list, total: int) -> M.Expr:
            if not cases:
                return M.Exit(dflt, []) if dflt is not None else UNIT
            acts = [self.expr(e) for _, e in cases]
            keys = [k for k, _ in cases]
            lo, hi = min(keys), max(keys)
            if hi - lo + 1 > 3 * len(keys) + 8:
                pairs = sorted(zip(keys, acts), key=lambda p: p[0])
                if dflt is not None:
                    fallback: M.Expr = M.Exit(dflt, [])
                else:
                    fallback = pairs.pop()[1]
                return bind("key", x, lambda v: compare_tree(v, pairs, fallback))
            if dflt is None:
                lo, hi = min(lo, 0), max(hi, total - 1)
                hole = 0
            else:
                acts.append(M.Exit(dflt, []))
                hole = len(acts) - 1
            index = [hole] * (hi - lo + 1)
            for i, k in enumerate(keys):
                index[k - lo] = i
            if dflt is None and len(set(index)) == 1:
                return acts[index[0]]
            if lo:
                x = Op("sub", [x, Const(lo)])
            if dflt is None:
                return M.Switch(x, index, acts)
            return bind("idx", x, lambda v: M.If(Op("cmp", [v, Const(len(index))], "ltu"),
                                                M.Switch(v, index, acts), M.Exit(dflt, [])))

        def build(x: M.Expr) -> M.Expr:
            if not t.blocks and t.num_blocks == 0:
                return dispatch(untag_int(x), t.consts, t.num_consts)
            if not t.consts and t.num_consts == 0:
                return dispatch(block_tag(x), t.blocks, t.num_blocks)
            return M.If(Op("and", [x, Const(1)]), dispatch(untag_int(x), t.consts, t.num_consts),
                        dispatch(block_tag(x), t.blocks, t.num_blocks))

        body = bind("sw", self.expr(t.scrutinee), build)
        if dflt is not None:
            return M.Catch(dflt, [], body, self.expr(t.default))
        return body

    def x_StringSwitch(self, t: L.StringSwitch) -> M.Expr:
        dflt = next(self._n) + 1_000_000

        def build(s: M.Expr) -> M.Expr:
            r: M.Expr = M.Exit(dflt, [])
            for key, e in reversed(t.cases):
                eq = Op("extcall", [s, ConstSym(self.emit_string(key))], ExtInfo("caml_string_equal", False, "int"))
                r = M.If(Op("cmp", [eq, Const(1)], "ne"), self.expr(e), r)
            return r
        body = bind("str", self.expr(t.scrutinee), build)
        return M.Catch(dflt, [], body, self.expr(t.default) if t.default is not None else UNIT)

    # -- functions and applications -------------------------------------------------
    def x_UClosure(self, t: C.UClosure) -> M.Expr:
        pos, env_start = C.layout(t.funs)
        words: list[M.Expr] = []
        kinds: list[str] = []
        for k, f in enumerate(t.funs):
            if k > 0:
                words.append(Const(header(pos[k], INFIX_TAG)))
                kinds.append("int")
            for w in self.closure_words(f, env_start - pos[k]):
                words.append(ConstSym(w.value, kind="int") if isinstance(w.value, str) else Const(w.value))
                kinds.append("int")
        fvs = [self.expr(e) for e in t.fvs]
        return bind_rtl(fvs, lambda xs: Op("alloc", words + xs,
                                          (header(len(words) + len(xs), CLOSURE_TAG), tuple(kinds + ["val"] * len(xs)))))

    def x_UOffset(self, t: C.UOffset) -> M.Expr:
        return Op("add", [self.expr(t.closure), Const(8 * t.words)], "val")

    def x_UEnvField(self, t: C.UEnvField) -> M.Expr:
        return load("val", field_addr(self.expr(t.env), t.index))

    def x_UDirect(self, t: C.UDirect) -> M.Expr:
        # ocamlopt evaluates the arguments right to left, then the function:
        # bind_rtl evaluates its list from the end, so the closure comes first
        es = [self.expr(t.closure)] + [self.expr(a) for a in t.args]
        tail = t.tail and self.try_depth == 0
        return bind_rtl(es, lambda xs: Op("call", xs[1:] + xs[:1], CallInfo(t.label, tail), t.loc))

    def x_UGeneric(self, t: C.UGeneric) -> M.Expr:
        n = len(t.args)
        if n > MAX_ARITY:       # (f a1..a9) a10..: same meaning, arguments still right to left
            inner = C.UGeneric(t.fn, t.args[:MAX_ARITY], False, loc=t.loc)
            return self.expr(C.UGeneric(inner, t.args[MAX_ARITY:], t.tail, loc=t.loc))
        tail = t.tail and self.try_depth == 0
        # arguments right to left, then the function (see x_UDirect)
        es = [self.expr(t.fn)] + [self.expr(a) for a in t.args]

        def k(xs: list) -> M.Expr:
            f, *args = xs
            if n == 1:
                return Op("call", [load("int", f), args[0], f], CallInfo(None, tail), t.loc)
            self.out.apply_arities.add(n)
            return Op("call", args + [f], CallInfo(apply_symbol(n), tail), t.loc)
        return bind_rtl(es, k)

    def x_Apply(self, t: L.Apply) -> M.Expr:
        raise NotImplementedError("cmmgen: Apply before closure conversion")

    # -- conditions --------------------------------------------------------------
    def cond(self, t: L.Lam) -> M.Expr:
        """t (an OCaml bool) as a raw condition."""
        if isinstance(t, L.Prim):
            if t.op == "intcomp":
                return self.prim_args(t, lambda a, b: Op("cmp", [a, b], t.arg))
            if t.op == "floatcomp":
                return Op("cmpf", [self.fvar(t.args[0]), self.fvar(t.args[1])], t.arg)
            if t.op == "not":
                return Op("cmp", [self.cond(t.args[0]), Const(0)], "eq")
            if t.op == "sequand":
                return M.If(self.cond(t.args[0]), self.cond(t.args[1]), Const(0))
            if t.op == "sequor":
                return M.If(self.cond(t.args[0]), Const(1), self.cond(t.args[1]))
            if t.op == "isint":
                return Op("and", [self.expr(t.args[0]), Const(1)])
        if isinstance(t, L.Const) and isinstance(t.value, L.CInt):
            return Const(1 if t.value.value else 0)
        return Op("cmp", [self.expr(t), Const(1)], "ne")

    def prim_args(self, t: L.Prim, k) -> M.Expr:
        es = [self.expr(a) for a in t.args]
        for e in es:
            if type(e) not in _ATOMS:
                return bind_rtl(es, lambda xs: k(*xs))
        return k(*es)         # all atoms: bind_rtl would pass them as they are

    # -- primitives ----------------------------------------------------------------
    def x_Prim(self, t: L.Prim) -> M.Expr:
        op = t.op
        m = _PRIM.get(op)
        if m is not None:
            return m(self, t)
        if op in ("intcomp", "floatcomp", "not", "sequand", "sequor", "isint"):
            return tag_int(self.cond(t))
        if op in _INT_BINOPS:
            return self.prim_args(t, _INT_BINOPS[op])
        if op in _FLOAT_BINOPS:
            return box_float(Op(_FLOAT_BINOPS[op], [self.fvar(t.args[0]), self.fvar(t.args[1])]))
        raise NotImplementedError(f"cmmgen: primitive {op}")

    def p_negint(self, t):
        return Op("sub", [Const(2), self.expr(t.args[0])], "val")

    def p_offsetint(self, t):
        return Op("add", [self.expr(t.args[0]), Const(2 * t.arg)], "val")

    def p_offsetref(self, t):
        return bind("ref", self.expr(t.args[0]), lambda r: M.Seq(
            Op("store", [r, Op("add", [load("val", r), Const(2 * t.arg)], "val")], "int"), UNIT))

    def p_divint(self, t):
        return self.divmod(t, "div")

    def p_modint(self, t):
        return self.divmod(t, "mod")

    def divmod(self, t, op):
        def k(a, b):
            if isinstance(b, Const) and b.value != 1:
                return tag_int(Op(op, [untag_int(a), untag_int(b)]))
            return M.Seq(M.If(Op("cmp", [b, Const(1)], "eq"), raise_sym("caml_exn_Division_by_zero"), UNIT),
                         tag_int(Op(op, [untag_int(a), untag_int(b)])))
        return self.prim_args(t, k)

    def p_isout(self, t):
        return self.prim_args(t, lambda a, b: tag_int(Op("cmp", [a, b], "gtu")))

    def p_identity(self, t):
        return self.expr(t.args[0])

    def p_ignore(self, t):
        return M.Seq(self.expr(t.args[0]), UNIT)

    def p_getglobal(self, t):
        # predefined exceptions are the runtime's static blocks caml_exn_<Name>
        if isinstance(t.arg, str) and t.arg.startswith("caml_exn_"):
            return ConstSym(t.arg)
        return ConstSym(L.unit_symbol(t.arg))

    def p_raise(self, t):
        return Op("raise", [self.expr(t.args[0])], t.arg, t.loc)

    def p_makeblock(self, t):
        tag = t.arg[0] if isinstance(t.arg, tuple) else (t.arg or 0)
        if not t.args:
            return Op("add", [ConstSym("caml_atom_table"), Const(8 * (tag + 1))], "val")
        return self.prim_args(t, lambda *xs: self.alloc(tag, list(xs)))

    def alloc(self, tag: int, fields: list[M.Expr], kinds: tuple | None = None) -> M.Expr:
        """A block from simple field expressions: inline in the minor heap,
        or in the major heap (caml_alloc_shr, then initialising stores) when
        it is larger than Max_young_wosize."""
        kinds = kinds or ("val",) * len(fields)
        if len(fields) <= MAX_YOUNG_WOSIZE:
            return Op("alloc", fields, (header(len(fields), tag), kinds))
        b = M.CVar.fresh("big", "val")
        inits = [Op("store", [field_addr(Var(b), k), f], "float") if kd == "float" else
                 Op("extcall", [field_addr(Var(b), k), f], ExtInfo("caml_initialize", False, "int"))
                 for k, (f, kd) in enumerate(zip(fields, kinds))]
        return M.Let(b, Op("extcall", [Const(len(fields)), Const(tag)], ExtInfo("caml_alloc_shr", True, "val")),
                     seq(*inits, Var(b)))

    def p_makefloatblock(self, t):
        fs = [self.fvar(a) for a in t.args]
        return bind_rtl(fs, lambda xs: self.alloc(DOUBLE_ARRAY_TAG, xs, ("float",) * len(xs)))

    def p_field(self, t):
        return load("val", field_addr(self.expr(t.args[0]), t.arg))

    def p_floatfield(self, t):
        return box_float(load("float", field_addr(self.expr(t.args[0]), t.arg)))

    def p_setfield(self, t):
        if self.is_int(t.args[1]):
            return self.prim_args(t, lambda b, v: M.Seq(Op("store", [field_addr(b, t.arg), v], "int"), UNIT))
        return self.prim_args(t, lambda b, v: M.Seq(self.store_val(field_addr(b, t.arg), v), UNIT))

    def is_int(self, t: L.Lam) -> bool:
        """Is t certainly an immediate (a tagged int)?  Then storing it needs
        no write barrier: the runtime's caml_modify only records young
        blocks stored into the major heap (it does not darken the old
        value), so for an immediate it is a plain store."""
        if isinstance(t, L.Const):
            return isinstance(t.value, L.CInt)
        if isinstance(t, L.Prim):
            return t.op in _INT_RESULT
        if isinstance(t, L.Local):
            return t.var in self.int_vars
        return False

    def store_val(self, addr: M.Expr, v: M.Expr) -> M.Expr:
        """A mutable store of a value: through caml_modify unless v is an int."""
        if isinstance(v, Const):
            return Op("store", [addr, v], "int")
        return Op("extcall", [addr, v], ExtInfo("caml_modify", False, "int"))

    def p_setfloatfield(self, t):
        return bind_rtl([self.expr(t.args[0]), self.fvar(t.args[1])],
                        lambda xs: M.Seq(Op("store", [field_addr(xs[0], t.arg), xs[1]], "float"), UNIT))

    def p_stringlength(self, t):
        return tag_int(string_length(self.expr(t.args[0])))

    p_byteslength = p_stringlength

    def p_stringrefu(self, t):
        return self.prim_args(t, lambda s, i: tag_int(load("byte", Op("add", [s, untag_int(i)], "addr"))))

    p_bytesrefu = p_stringrefu

    def p_stringrefs(self, t):
        return self.prim_args(t, lambda s, i: bind("i", untag_int(i), lambda ri: M.Seq(
            Op("checkbound", [string_length(s), ri]),
            tag_int(load("byte", Op("add", [s, ri], "addr"))))))

    p_bytesrefs = p_stringrefs

    def p_bytessetu(self, t):
        return self.prim_args(t, lambda s, i, c: M.Seq(
            Op("store", [Op("add", [s, untag_int(i)], "addr"), untag_int(c)], "byte"), UNIT))

    def p_bytessets(self, t):
        return self.prim_args(t, lambda s, i, c: bind("i", untag_int(i), lambda ri: seq(
            Op("checkbound", [string_length(s), ri]),
            Op("store", [Op("add", [s, ri], "addr"), untag_int(c)], "byte"), UNIT)))

    def p_makearray(self, t):
        kind = t.arg
        if kind == "float":
            return self.p_makefloatblock(t)
        if not t.args:
            return Op("add", [ConstSym("caml_atom_table"), Const(8)], "val")
        if kind != "gen":
            return self.prim_args(t, lambda *xs: self.alloc(0, list(xs)))

        # An array of unknown type is a flat float array when its elements
        # are floats (OCaml's flat float arrays): decided on the first one.
        def gen(*xs):
            x0 = xs[0]
            floats = self.alloc(DOUBLE_ARRAY_TAG, [load("float", x) for x in xs], ("float",) * len(xs))
            return M.If(Op("and", [x0, Const(1)]), self.alloc(0, list(xs)),
                        M.If(Op("cmp", [block_tag(x0), Const(DOUBLE_TAG)], "eq"), floats, self.alloc(0, list(xs))))
        return self.prim_args(t, gen)

    def p_arraylength(self, t):
        return Op("or", [Op("lsr", [load("int", Op("add", [self.expr(t.args[0]), Const(-8)], "addr")), Const(9)]),
                         Const(1)], "val")

    def _elt(self, a: M.Expr, i: M.Expr) -> M.Expr:
        """Address of element i (tagged) of a word array: a + (i-1)*4."""
        return Op("add", [a, Op("add", [Op("lsl", [i, Const(2)]), Const(-4)])], "addr")

    def array_ref(self, kind: str, a: M.Expr, i: M.Expr) -> M.Expr:
        if kind == "float":
            return box_float(load("float", self._elt(a, i)))
        if kind in ("addr", "int"):
            return load("val", self._elt(a, i))
        return M.If(Op("cmp", [block_tag(a), Const(DOUBLE_ARRAY_TAG)], "eq"),
                    box_float(load("float", self._elt(a, i))), load("val", self._elt(a, i)))

    def array_set(self, kind: str, a: M.Expr, i: M.Expr, v: M.Expr) -> M.Expr:
        if kind == "float":
            return M.Seq(Op("store", [self._elt(a, i), unbox_float(v)], "float"), UNIT)
        if kind == "int":
            return M.Seq(Op("store", [self._elt(a, i), v], "int"), UNIT)
        if kind == "addr":
            return M.Seq(self.store_val(self._elt(a, i), v), UNIT)
        return M.Seq(M.If(Op("cmp", [block_tag(a), Const(DOUBLE_ARRAY_TAG)], "eq"),
                          Op("store", [self._elt(a, i), load("float", v)], "float"),
                          self.store_val(self._elt(a, i), v)), UNIT)

    def p_arrayrefu(self, t):
        return self.prim_args(t, lambda a, i: self.array_ref(t.arg, a, i))

    def set_kind(self, t) -> str:
        # an immediate stored: an int array (never a flat float array), no barrier
        return "int" if t.arg in ("addr", "gen") and self.is_int(t.args[2]) else t.arg

    def p_arraysetu(self, t):
        kind = self.set_kind(t)
        return self.prim_args(t, lambda a, i, v: self.array_set(kind, a, i, v))

    def check_index(self, a: M.Expr, i: M.Expr) -> M.Expr:
        # as ocamlopt: the tagged index 2i+1 against header >> 9, which is
        # 2*wosize plus a colour bit: 2i+1 <u that  <=>  i <u wosize
        return Op("checkbound", [Op("lsr", [load("int", Op("add", [a, Const(-8)], "addr")), Const(9)]), i])

    def p_arrayrefs(self, t):
        return self.prim_args(t, lambda a, i: M.Seq(self.check_index(a, i), self.array_ref(t.arg, a, i)))

    def p_arraysets(self, t):
        kind = self.set_kind(t)
        return self.prim_args(t, lambda a, i, v: M.Seq(self.check_index(a, i), self.array_set(kind, a, i, v)))

    def p_ccall(self, t):
        ext: L.External = t.arg
        if ext.name == "caml_sqrt_float" and len(t.args) == 1:
            # as ocamlopt does on amd64: an instruction, on the unboxed float
            return box_float(Op("sqrtf", [self.fvar(t.args[0])]))
        return self.prim_args(t, lambda *xs: Op("extcall", list(xs), ExtInfo(ext.name, ext.alloc, "val"), t.loc))

    def p_negfloat(self, t):
        return box_float(Op("negf", [self.fvar(t.args[0])]))

    def p_absfloat(self, t):
        return box_float(Op("absf", [self.fvar(t.args[0])]))

    def p_floatofint(self, t):
        return box_float(Op("floatofint", [untag_int(self.expr(t.args[0]))]))

    def p_intoffloat(self, t):
        return tag_int(Op("intoffloat", [self.fvar(t.args[0])]))

    # -- Int32 / Int64 / Nativeint: custom blocks [ops; payload] --------------------
    def p_boxedint(self, t):
        """arg = (kind, op); op: add sub mul div mod and or xor lsl lsr asr
        neg of_int to_int eq ne lt le gt ge (shift counts are OCaml ints)."""
        kind, op = t.arg
        args = [self.expr(a) for a in t.args]

        def k(*xs):
            if op == "of_int":
                return box_boxedint(kind, untag_int(xs[0]))
            u = [unbox_boxedint(kind, x) for x in xs[:1]] + \
                [untag_int(x) if op in ("lsl", "lsr", "asr") else unbox_boxedint(kind, x) for x in xs[1:]]
            if op == "to_int":
                return tag_int(u[0])
            if op in ("eq", "ne", "lt", "le", "gt", "ge"):
                return tag_int(Op("cmp", u, op))
            if op == "neg":
                return box_boxedint(kind, Op("sub", [Const(0), u[0]]))
            if op in ("div", "mod"):
                a, b = u
                return bind("d", b, lambda b: M.Seq(
                    M.If(Op("cmp", [b, Const(0)], "eq"), raise_sym("caml_exn_Division_by_zero"), UNIT),
                    box_boxedint(kind, M.If(Op("cmp", [b, Const(-1)], "eq"),
                                            Op("sub", [Const(0), a]) if op == "div" else Const(0),
                                            Op(op, [a, b])))))
            if op == "lsr" and kind == "int32":
                return box_boxedint(kind, Op("lsr", [Op("and", [u[0], Const(0xFFFFFFFF)]), u[1]]))
            return box_boxedint(kind, Op(op, u))
        return bind_rtl(args, lambda xs: k(*xs))

    def p_setglobal(self, t):
        """Store the module block's fields (found at the tail of the value)."""
        def push(e: L.Lam) -> M.Expr:
            if isinstance(e, L.Let):
                return self.x_Let(L.Let(e.var, e.value, _Tail(e.body, push), e.mutable))
            if isinstance(e, L.Seq):
                return M.Seq(self.expr(e.first), push(e.second))
            if isinstance(e, L.Prim) and e.op == "makeblock":
                self.module_size = len(e.args)
                sym = ConstSym(L.unit_symbol(self.unit))
                return bind_rtl([self.expr(a) for a in e.args], lambda xs: seq(
                    *[Op("store", [field_addr(sym, i), x], "val") for i, x in enumerate(xs)], UNIT))
            raise NotImplementedError("setglobal of a value that is not a block built in place")
        return push(t.args[0])

    def x__Tail(self, t: "_Tail") -> M.Expr:
        return t.k(t.body)


# term type name -> its translation method
_EXPR = {name[2:]: f for name, f in vars(CmmGen).items() if name.startswith("x_")}
# primitive name -> its translation method
_PRIM = {name[2:]: f for name, f in vars(CmmGen).items() if name.startswith("p_")}
# the same keyed by class, filled as classes are met (a dict lookup on the
# class beats one on its __name__)
_EXPR_BY_CLASS: dict = {}


def _expr_method(cls: type):
    m = _EXPR.get(cls.__name__)
    if m is None:
        raise NotImplementedError(f"cmmgen: {cls.__name__}")
    _EXPR_BY_CLASS[cls] = m
    return m


class _Tail(L.Lam):
    """Internal: a continuation inside a pushed-down setglobal."""
    __slots__ = ("body", "k")

    def __init__(self, body, k):
        self.body, self.k = body, k


# primitives whose result is always an immediate
_INT_RESULT = frozenset((
    "negint", "addint", "subint", "mulint", "divint", "modint", "andint", "orint", "xorint", "lslint",
    "lsrint", "asrint", "intcomp", "floatcomp", "offsetint", "not", "isint", "isout", "intoffloat",
    "stringlength", "byteslength", "arraylength", "stringrefs", "stringrefu", "bytesrefs", "bytesrefu"))

_FLOAT_RESULT = {"addfloat", "subfloat", "mulfloat", "divfloat", "negfloat", "absfloat", "floatofint",
                 "floatfield"}  # (and caml_sqrt_float, below)


def float_mutables(conv: C.Converted) -> set:
    """The mutable lets whose initial value and every assigned value are
    float computations (float primitives, float constants, other such
    variables, let-bound float results): they can live unboxed.  Closures
    never capture mutable variables.  The lets and assignments were noted
    by closure conversion."""
    init, immut, assigns = conv.mutable_lets, conv.lets, conv.assigns
    if not init:
        return set()

    def isfloat(v: L.Lam, f: set) -> bool:
        if isinstance(v, L.Prim):
            return v.op in _FLOAT_RESULT or (v.op == "ccall" and v.arg.name == "caml_sqrt_float")
        if isinstance(v, L.Const):
            return isinstance(v.value, L.CFloat)
        if isinstance(v, L.Local):
            if v.var in f:
                return True
            w = immut.get(v.var)
            return w is not None and isinstance(w, (L.Prim, L.Const)) and isfloat(w, f)
        return False

    f = set(init)
    changed = True
    while changed:
        changed = False
        for v in list(f):
            if not isfloat(init[v], f) or not all(isfloat(a, f) for a in assigns.get(v, ())):
                f.discard(v)
                changed = True
    return f


def compare_tree(x: M.Expr, pairs: list, fallback: M.Expr) -> M.Expr:
    """A binary search over sorted (key, action) pairs for a sparse switch;
    keys not listed go to ``fallback``."""
    if len(pairs) <= 3:
        r = fallback
        for k, a in reversed(pairs):
            r = M.If(Op("cmp", [x, Const(k)], "eq"), a, r)
        return r
    mid = len(pairs) // 2
    return M.If(Op("cmp", [x, Const(pairs[mid][0])], "lt"), compare_tree(x, pairs[:mid], fallback),
                compare_tree(x, pairs[mid:], fallback))


def parse_float(text: str) -> float:
    t = text.replace("_", "")
    if t.lower().startswith(("0x", "-0x", "+0x")):
        return float.fromhex(t)
    if t in ("infinity", "inf"):
        return float("inf")
    if t in ("neg_infinity", "-inf"):
        return float("-inf")
    if t == "nan":
        return float("nan")
    return float(t)


_INT_BINOPS = {
    "addint": lambda a, b: Op("add", [a, Op("sub", [b, Const(1)])] if not isinstance(b, Const) else
                              [a, Const(b.value - 1)], "val"),
    "subint": lambda a, b: Op("add", [a, Const(1 - b.value)], "val") if isinstance(b, Const) else
    Op("add", [Op("sub", [a, b]), Const(1)], "val"),
    "mulint": lambda a, b: Op("add", [Op("mul", [Op("sub", [a, Const(1)]), untag_int(b)]), Const(1)], "val"),
    "andint": lambda a, b: Op("and", [a, b], "val"),
    "orint": lambda a, b: Op("or", [a, b], "val"),
    "xorint": lambda a, b: Op("or", [Op("xor", [a, b]), Const(1)], "val"),
    "lslint": lambda a, b: Op("add", [Op("lsl", [Op("sub", [a, Const(1)]), untag_int(b)]), Const(1)], "val"),
    "lsrint": lambda a, b: Op("or", [Op("lsr", [a, untag_int(b)]), Const(1)], "val"),
    "asrint": lambda a, b: Op("or", [Op("asr", [a, untag_int(b)]), Const(1)], "val"),
}

_FLOAT_BINOPS = {"addfloat": "addf", "subfloat": "subf", "mulfloat": "mulf", "divfloat": "divf"}


def gen_unit(conv: C.Converted, unit: str, source: str = "") -> M.Unit:
    """The cmm of a unit: its functions, static closures and constants, and
    the entry ``caml<Unit>__entry`` that runs the initialisation code."""
    g = CmmGen(unit, source)
    _MUTABLE.clear()
    g.float_muts = float_mutables(conv)
    for sc in conv.statics:
        g.emit_static_closure(sc)
    for f in conv.functions:
        params = []
        for p in f.params + [f.env]:
            cv = M.CVar.fresh(p.name, "val")
            g.vars[p] = cv
            params.append(cv)
    for f in conv.functions:
        body = g.expr(f.body)
        g.out.functions.append(M.Fundecl(f.label, [g.vars[p] for p in f.params + [f.env]], body, f.loc))
    entry = f"caml{unit}__entry"
    body = g.expr(conv.body)
    g.out.functions.append(M.Fundecl(entry, [], M.Seq(body, UNIT), exported=True))
    g.out.entry = entry
    # The module block: static, black, fields Val_unit until initialised.
    g.out.data += [M.DHeader(g.module_size, 0), M.DLabel(L.unit_symbol(unit), glob=True)] + \
        [M.DWord(1)] * g.module_size
    return g.out
