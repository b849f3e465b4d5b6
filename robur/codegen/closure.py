"""Closure conversion: lambda with nested functions -> lambda whose functions
are lifted to top-level code (``UFun``) and whose closures are explicit.

Closure layout (OCaml 4.13, see kernel/include/robur/mlvalues.h):

    field 0   code pointer: the function itself (arity 1) or caml_curryN
    field 1   closure info: arity << 56 | start_of_env << 1 | 1
    field 2   (arity > 1 only) the full-application code
    ...       further functions of a recursive set, each preceded by an
              Infix_tag header word, with the same 2 or 3 fields
    env       the captured variables, after all functions

Every function's code takes its arguments then its own closure (for a
function of a recursive set, the pointer at its infix position): free
variables are loaded from the closure at ``start_of_env - position``.

Functions with no captured variables get a *static* closure (data emitted
once, no allocation), and variables bound to them become constant symbols,
which other functions need not capture.  A call of a let-bound function
with exactly its arity becomes a direct call of its code (``UDirect``);
any other application goes through the generic path (``UGeneric``: the
code pointer for one argument, ``caml_applyN`` for more).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ..lambda_ import ir as L
from ..syntax.location import NOWHERE


# -- the converted terms (added to lambda's node types) -----------------------

@dataclass(slots=True, eq=False)
class UConstSym(L.Lam):
    """The address of a static block (a static closure, a constant)."""
    name: str = ""


@dataclass(slots=True, eq=False)
class UFun:
    label: str                      # code symbol (full application)
    arity: int
    params: list[L.Var]
    env: L.Var                      # this function's closure pointer
    body: L.Lam
    name: str = ""
    loc: object = NOWHERE


@dataclass(slots=True, eq=False)
class UClosure(L.Lam):
    """Allocate the closure block of ``funs`` capturing ``fvs``; the value is
    the pointer at the first function."""
    funs: list[UFun] = field(default_factory=list)
    fvs: list[L.Lam] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class UOffset(L.Lam):
    """An infix pointer: ``closure + words`` (another function of a set)."""
    closure: L.Lam = None  # type: ignore[assignment]
    words: int = 0


@dataclass(slots=True, eq=False)
class UEnvField(L.Lam):
    """Load word ``index`` relative to a closure pointer."""
    env: L.Lam = None  # type: ignore[assignment]
    index: int = 0


@dataclass(slots=True, eq=False)
class UDirect(L.Lam):
    """Full application of a known function: call its code directly."""
    label: str = ""
    args: list[L.Lam] = field(default_factory=list)
    closure: L.Lam = None  # type: ignore[assignment]
    tail: bool = False


@dataclass(slots=True, eq=False)
class UGeneric(L.Lam):
    fn: L.Lam = None  # type: ignore[assignment]
    args: list[L.Lam] = field(default_factory=list)
    tail: bool = False


@dataclass(slots=True)
class StaticClosure:
    """A closure block emitted as data: ``symbols[k]`` labels function k."""
    symbols: list[str]
    funs: list[UFun]


@dataclass(slots=True)
class Converted:
    body: L.Lam
    functions: list[UFun] = field(default_factory=list)
    statics: list[StaticClosure] = field(default_factory=list)
    # noted while converting, for cmmgen.float_mutables: the converted value
    # of each mutable let, of each other let (closures aside), and every
    # value assigned to each variable
    mutable_lets: dict = field(default_factory=dict)
    lets: dict = field(default_factory=dict)
    assigns: dict = field(default_factory=dict)


def layout(funs: list[UFun]) -> tuple[list[int], int]:
    """Positions (in words) of each function in its block, and env start."""
    pos, p = [], 0
    for i, f in enumerate(funs):
        if i > 0:
            p += 1                                   # the Infix header word
        pos.append(p)
        p += 3 if f.arity > 1 else 2
    return pos, p


# -- free variables ---------------------------------------------------------------

def free_vars(t: L.Lam) -> set[L.Var]:
    out: set[L.Var] = set()
    _fv(t, {}, out)
    return out


def _fv(t: L.Lam, bound: dict, out: set) -> None:
    """Free variables of ``t`` into ``out``; ``bound``: variable -> how many
    binders around ``t`` bind it (entered and left, never copied)."""
    # Recursion depth follows the term's nesting, which the translator
    # keeps moderate.  The commonest nodes first, by exact class.
    k = t.__class__
    if k is L.Local:
        if t.var not in bound:
            out.add(t.var)
    elif k is L.Const or k is L.Global or k is UConstSym:
        pass
    elif k is L.Prim:
        for a in t.args:
            _fv(a, bound, out)
    elif k is L.Apply:
        _fv(t.fn, bound, out)
        for a in t.args:
            _fv(a, bound, out)
    elif k is L.Let:
        _fv(t.value, bound, out)
        _within(t.body, (t.var,), bound, out)
    elif k is L.Seq:
        _fv(t.first, bound, out)
        _fv(t.second, bound, out)
    elif k is L.If:
        _fv(t.cond, bound, out)
        _fv(t.then, bound, out)
        _fv(t.else_, bound, out)
    elif k is L.Function:
        _within(t.body, t.params, bound, out)
    elif k is L.LetRec:
        names = [v for v, _ in t.bindings]
        _enter(bound, names)
        for _, e in t.bindings:
            _fv(e, bound, out)
        _fv(t.body, bound, out)
        _leave(bound, names)
    elif k is L.Switch:
        _fv(t.scrutinee, bound, out)
        for _, e in t.consts:
            _fv(e, bound, out)
        for _, e in t.blocks:
            _fv(e, bound, out)
        if t.default is not None:
            _fv(t.default, bound, out)
    elif k is L.StringSwitch:
        _fv(t.scrutinee, bound, out)
        for _, e in t.cases:
            _fv(e, bound, out)
        if t.default is not None:
            _fv(t.default, bound, out)
    elif k is L.StaticRaise:
        for a in t.args:
            _fv(a, bound, out)
    elif k is L.StaticCatch:
        _fv(t.body, bound, out)
        _within(t.handler, t.params, bound, out)
    elif k is L.TryWith:
        _fv(t.body, bound, out)
        _within(t.handler, (t.exn,), bound, out)
    elif k is L.While:
        _fv(t.cond, bound, out)
        _fv(t.body, bound, out)
    elif k is L.For:
        _fv(t.start, bound, out)
        _fv(t.stop, bound, out)
        _within(t.body, (t.var,), bound, out)
    elif k is L.Assign:
        if t.var not in bound:
            out.add(t.var)
        _fv(t.value, bound, out)
    else:
        raise TypeError(f"closure conversion: unexpected {type(t).__name__}")


def _within(t: L.Lam, names, bound: dict, out: set) -> None:
    _enter(bound, names)
    _fv(t, bound, out)
    _leave(bound, names)


def _enter(bound: dict, names) -> None:
    for v in names:
        bound[v] = bound.get(v, 0) + 1


def _leave(bound: dict, names) -> None:
    for v in names:
        n = bound[v] - 1
        if n:
            bound[v] = n
        else:
            del bound[v]


# -- the conversion ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Known:
    label: str
    arity: int


class _Converter:
    def __init__(self, unit: str):
        self.unit = unit
        self.result = Converted(body=None)  # type: ignore[arg-type]
        self._n = itertools.count(1)

    def label(self, name: str) -> str:
        clean = "".join(c if c.isalnum() or c == "_" else "_" for c in (name or "fun"))
        return f"caml{self.unit}__{clean}_{next(self._n)}"

    # sub: Var -> replacement term; known: Var -> _Known
    def conv(self, t: L.Lam, sub: dict, known: dict) -> L.Lam:
        # the commonest nodes first, by exact class, without the helper below
        k = t.__class__
        if k is L.Local:
            r = sub.get(t.var)
            return r if r is not None else t
        if k is L.Const or k is L.Global:
            return t
        if k is L.Prim:
            return L.Prim(t.op, [self.conv(a, sub, known) for a in t.args], t.arg, loc=t.loc)
        if k is L.Apply:
            return self.apply(t, sub, known)
        if k is L.Seq:
            return L.Seq(self.conv(t.first, sub, known), self.conv(t.second, sub, known), loc=t.loc)
        if k is L.If:
            return L.If(self.conv(t.cond, sub, known), self.conv(t.then, sub, known),
                        self.conv(t.else_, sub, known), loc=t.loc)
        if k is L.Let and not isinstance(t.value, L.Function):
            value = self.conv(t.value, sub, known)
            (self.result.mutable_lets if t.mutable else self.result.lets)[t.var] = value
            return L.Let(t.var, value, self.conv(t.body, sub, known), t.mutable, loc=t.loc)
        c = lambda x: self.conv(x, sub, known)  # noqa: E731
        if isinstance(t, L.Local):
            r = sub.get(t.var)
            return r if r is not None else t
        if isinstance(t, (L.Global, L.Const, UConstSym)):
            return t
        if isinstance(t, L.Function):
            clos, _ = self.close([(None, t)], sub, known)
            return clos[0]
        if isinstance(t, L.Apply):
            return self.apply(t, sub, known)
        if isinstance(t, L.Let):
            if isinstance(t.value, L.Function) and not t.mutable:
                vals, kn = self.close([(t.var, t.value)], sub, known)
                v = vals[0]
                known2 = {**known, t.var: kn[0]}
                if isinstance(v, UConstSym):
                    return self.conv(t.body, {**sub, t.var: v}, known2)
                return L.Let(t.var, v, self.conv(t.body, sub, known2), loc=t.loc)
            value = c(t.value)
            (self.result.mutable_lets if t.mutable else self.result.lets)[t.var] = value
            return L.Let(t.var, value, c(t.body), t.mutable, loc=t.loc)
        if isinstance(t, L.LetRec):
            if not all(isinstance(e, L.Function) for _, e in t.bindings):
                return self.conv(_letrec_values(t), sub, known)
            vals, kn = self.close(list(t.bindings), sub, known)
            known2 = {**known, **{v: k for (v, _), k in zip(t.bindings, kn)}}
            if all(isinstance(v, UConstSym) for v in vals):
                sub2 = {**sub, **{v: x for (v, _), x in zip(t.bindings, vals)}}
                return self.conv(t.body, sub2, known2)
            first = t.bindings[0][0]
            body = self.conv(t.body, sub, known2)
            for (v, _), val in reversed(list(zip(t.bindings, vals))[1:]):
                body = L.Let(v, val, body)
            return L.Let(first, vals[0], body, loc=t.loc)
        if isinstance(t, L.Prim):
            return L.Prim(t.op, [c(a) for a in t.args], t.arg, loc=t.loc)
        if isinstance(t, L.Switch):
            return L.Switch(c(t.scrutinee), [(k, c(e)) for k, e in t.consts],
                            [(k, c(e)) for k, e in t.blocks],
                            None if t.default is None else c(t.default), t.num_consts, t.num_blocks, loc=t.loc)
        if isinstance(t, L.StringSwitch):
            return L.StringSwitch(c(t.scrutinee), [(k, c(e)) for k, e in t.cases],
                                  None if t.default is None else c(t.default), loc=t.loc)
        if isinstance(t, L.StaticRaise):
            return L.StaticRaise(t.label, [c(a) for a in t.args], loc=t.loc)
        if isinstance(t, L.StaticCatch):
            return L.StaticCatch(c(t.body), t.label, t.params, c(t.handler), loc=t.loc)
        if isinstance(t, L.TryWith):
            return L.TryWith(c(t.body), t.exn, c(t.handler), loc=t.loc)
        if isinstance(t, L.If):
            return L.If(c(t.cond), c(t.then), c(t.else_), loc=t.loc)
        if isinstance(t, L.Seq):
            return L.Seq(c(t.first), c(t.second), loc=t.loc)
        if isinstance(t, L.While):
            return L.While(c(t.cond), c(t.body), loc=t.loc)
        if isinstance(t, L.For):
            return L.For(t.var, c(t.start), c(t.stop), t.upward, c(t.body), loc=t.loc)
        if isinstance(t, L.Assign):
            value = c(t.value)
            self.result.assigns.setdefault(t.var, []).append(value)
            return L.Assign(t.var, value, loc=t.loc)
        raise TypeError(f"closure conversion: unexpected {type(t).__name__}")

    def apply(self, t: L.Apply, sub: dict, known: dict) -> L.Lam:
        args = [self.conv(a, sub, known) for a in t.args]
        fn = self.conv(t.fn, sub, known)
        k = known.get(t.fn.var) if isinstance(t.fn, L.Local) else None
        if k is not None and len(args) >= k.arity:
            direct = UDirect(k.label, args[:k.arity], fn, t.tail and len(args) == k.arity, loc=t.loc)
            if len(args) == k.arity:
                return direct
            return UGeneric(direct, args[k.arity:], t.tail, loc=t.loc)
        return UGeneric(fn, args, t.tail, loc=t.loc)

    def close(self, bindings: list, sub: dict, known: dict) -> tuple[list[L.Lam], list[_Known]]:
        """Convert a set of (possibly recursive) functions.  Returns the terms
        that denote each closure, and what is known of each function."""
        for _, fn in bindings:
            if len(fn.params) > 9:
                raise NotImplementedError(f"function {fn.name or '?'} has more than 9 parameters")
        recvars = {v for v, _ in bindings if v is not None}
        fvs: set[L.Var] = set()
        for _, fn in bindings:
            fvs |= free_vars(fn)
        fvs -= recvars
        constant = {v: sub[v] for v in fvs if isinstance(sub.get(v), UConstSym)}
        captured = sorted((v for v in fvs if v not in constant), key=lambda v: v.stamp)
        funs = [UFun(self.label(fn.name or (v.name if v else "fun")), len(fn.params), fn.params,
                     L.Var.fresh("env"), None, fn.name, fn.loc)  # type: ignore[arg-type]
                for v, fn in bindings]
        kn = [_Known(f.label, f.arity) for f in funs]
        known_in = {**known, **{v: k for (v, _), k in zip(bindings, kn) if v is not None}}
        pos, env_start = layout(funs)
        if not captured:
            syms = [f.label + "_closure" for f in funs]
            for (v, fn), f in zip(bindings, funs):
                inner = {**constant, **{w: UConstSym(s) for (w, _), s in zip(bindings, syms) if w is not None}}
                f.body = self.conv(fn.body, inner, known_in)
                self.result.functions.append(f)
            self.result.statics.append(StaticClosure(syms, funs))
            return [UConstSym(s) for s in syms], kn
        for k, ((v, fn), f) in enumerate(zip(bindings, funs)):
            env = L.Local(f.env)
            inner: dict = dict(constant)
            for i, w in enumerate(captured):
                inner[w] = UEnvField(env, env_start + i - pos[k])
            for j, (w, _) in enumerate(bindings):
                if w is not None:
                    inner[w] = env if j == k else UOffset(env, pos[j] - pos[k])
            f.body = self.conv(fn.body, inner, known_in)
            self.result.functions.append(f)
        clos = UClosure(funs, [self.conv(L.Local(w), sub, known) for w in captured])
        first = bindings[0][0]
        vals: list[L.Lam] = [clos]
        for j in range(1, len(bindings)):
            vals.append(UOffset(L.Local(first), pos[j]))
        return vals, kn


def _letrec_values(t: L.LetRec) -> L.Lam:
    """``let rec`` binding values as well as functions (``let rec l = 1 :: l``),
    as OCaml compiles it: a dummy block of the right size for each value,
    then the functions, then each value computed and copied into its dummy
    (caml_alloc_dummy / caml_update_dummy)."""
    funs = [(v, e) for v, e in t.bindings if isinstance(e, L.Function)]
    vals = [(v, e) for v, e in t.bindings if not isinstance(e, L.Function)]
    body: L.Lam = t.body
    for v, e in reversed(vals):
        if not (isinstance(e, L.Prim) and e.op == "makeblock" and e.args):
            raise NotImplementedError("let rec of a value that is not a constructed block")
        upd = L.Prim(op="ccall", args=[L.Local(var=v), e], arg=L.External("caml_update_dummy", 2))
        body = L.Seq(first=upd, second=body)
    if funs:
        body = L.LetRec(bindings=funs, body=body)
    for v, e in reversed(vals):
        dummy = L.Prim(op="ccall", args=[L.Const(value=L.CInt(len(e.args)))],
                       arg=L.External("caml_alloc_dummy", 1))
        body = L.Let(var=v, value=dummy, body=body)
    return body


def convert(body: L.Lam, unit: str) -> Converted:
    """Closure-convert the initialisation code of ``unit``."""
    conv = _Converter(unit)
    conv.result.body = conv.conv(body, {}, {})
    return conv.result


# -- printer (``--dump=closure``) ------------------------------------------------

def show(t: L.Lam, indent: int = 0) -> str:
    """Converted terms in lambda's S-expression style, with the closure
    nodes spelled out."""
    from ..lambda_ import printer as P
    pad = "\n" + "  " * (indent + 1)

    def s(x: L.Lam) -> str:
        return show(x, indent + 1)

    if isinstance(t, UConstSym):
        return f'"{t.name}"'
    if isinstance(t, UClosure):
        return "(closure " + " ".join(f.label for f in t.funs) + "".join(pad + s(e) for e in t.fvs) + ")"
    if isinstance(t, UOffset):
        return f"(offset {s(t.closure)} {t.words})"
    if isinstance(t, UEnvField):
        return f"(envfield {s(t.env)} {t.index})"
    if isinstance(t, UDirect):
        return f"(direct{'[tail]' if t.tail else ''} {t.label}" + "".join(pad + s(a) for a in t.args) + \
            pad + s(t.closure) + ")"
    if isinstance(t, UGeneric):
        return f"(apply{'[tail]' if t.tail else ''} {s(t.fn)}" + "".join(pad + s(a) for a in t.args) + ")"
    if isinstance(t, (L.Local, L.Global, L.Const)):
        return P.show(t, indent)
    if isinstance(t, L.Let):
        return f"({'let!' if t.mutable else 'let'} ({t.var} {s(t.value)})" + pad + s(t.body) + ")"
    if isinstance(t, L.Prim):
        arg = "" if t.arg is None else f"[{t.arg.name if isinstance(t.arg, L.External) else t.arg}]"
        return f"({t.op}{arg}" + "".join(" " + s(a) for a in t.args) + ")"
    if isinstance(t, L.Switch):
        cases = [f"case int {k}: {s(e)}" for k, e in t.consts] + [f"case tag {k}: {s(e)}" for k, e in t.blocks]
        if t.default is not None:
            cases.append(f"default: {s(t.default)}")
        return f"(switch {s(t.scrutinee)}" + "".join(pad + c for c in cases) + ")"
    if isinstance(t, L.StringSwitch):
        cases = [f'case "{k.decode("latin-1")}": {s(e)}' for k, e in t.cases]
        if t.default is not None:
            cases.append(f"default: {s(t.default)}")
        return f"(stringswitch {s(t.scrutinee)}" + "".join(pad + c for c in cases) + ")"
    if isinstance(t, L.StaticRaise):
        return f"(exit {t.label}" + "".join(" " + s(a) for a in t.args) + ")"
    if isinstance(t, L.StaticCatch):
        return f"(catch{pad}{s(t.body)}{pad}with ({t.label} {' '.join(map(str, t.params))}){pad}{s(t.handler)})"
    if isinstance(t, L.TryWith):
        return f"(try{pad}{s(t.body)}{pad}with {t.exn}{pad}{s(t.handler)})"
    if isinstance(t, L.If):
        return f"(if {s(t.cond)}{pad}{s(t.then)}{pad}{s(t.else_)})"
    if isinstance(t, L.Seq):
        return f"(seq {s(t.first)}{pad}{s(t.second)})"
    if isinstance(t, L.While):
        return f"(while {s(t.cond)}{pad}{s(t.body)})"
    if isinstance(t, L.For):
        return f"(for {t.var} {s(t.start)} {'to' if t.upward else 'downto'} {s(t.stop)}{pad}{s(t.body)})"
    if isinstance(t, L.Assign):
        return f"(assign {t.var} {s(t.value)})"
    return f"<{type(t).__name__}>"


def show_converted(c: Converted) -> str:
    out = [show(c.body)]
    for f in c.functions:
        out.append(f"(code {f.label} arity {f.arity} ({' '.join(map(str, f.params))}) env {f.env}\n  "
                   + show(f.body, 1) + ")")
    for sc in c.statics:
        out.append("(static closure " + " ".join(sc.symbols) + ")")
    return "\n".join(out) + "\n"
