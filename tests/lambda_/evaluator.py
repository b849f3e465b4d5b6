"""A reference evaluator of lambda terms: a TEST ORACLE for the translation
(robur has no interpreter; programs run as native code).

It gives every IR node its meaning as documented in robur/lambda_/ir.py,
with a Python model of OCaml values (ints wrap at 63 bits, blocks with
tags, flat float arrays, strings as byte arrays) and of the few runtime
primitives and Stdlib functions the test programs use.  Tail calls
(``Apply.tail``) are run by a trampoline, so a wrongly marked tail call
shows up as a wrong result.
"""
from __future__ import annotations

import math
import sys
from typing import Callable, Optional

from robur.lambda_ import ir as L

OBJECT_TAG, LAZY_TAG, FORWARD_TAG, DOUBLE_ARRAY_TAG = 248, 246, 250, 254


class Block:
    __slots__ = ("tag", "fields")

    def __init__(self, tag: int, fields: list):
        self.tag = tag
        self.fields = fields

    def __repr__(self) -> str:
        return f"[{self.tag}: {' '.join(map(repr, self.fields))}]"


class Closure:
    __slots__ = ("fn", "env")

    def __init__(self, fn: L.Function, env: dict):
        self.fn = fn
        self.env = env


class Builtin:
    __slots__ = ("name", "arity", "impl")

    def __init__(self, name: str, arity: int, impl: Callable):
        self.name, self.arity, self.impl = name, arity, impl


class Partial:
    __slots__ = ("fn", "args")

    def __init__(self, fn, args: list):
        self.fn, self.args = fn, args


class OCamlExn(Exception):
    def __init__(self, value):
        super().__init__()
        self.value = value


class StaticExit(Exception):
    def __init__(self, label: int, values: list):
        super().__init__()
        self.label, self.values = label, values


class ProgramExit(Exception):
    def __init__(self, code: int):
        super().__init__()
        self.code = code


class NotModelled(RuntimeError):
    """The program uses a Stdlib function or C primitive the test evaluator
    has no model of (a limit of the oracle, not a translation bug)."""


class TailCall:
    __slots__ = ("fn", "args")

    def __init__(self, fn, args):
        self.fn, self.args = fn, args


def wrap(x: int) -> int:
    return ((x + (1 << 62)) % (1 << 63)) - (1 << 62)


def ocaml_str(b: bytes) -> bytearray:
    return bytearray(b)


# -- the machine ---------------------------------------------------------------------

class Machine:
    def __init__(self) -> None:
        self.out = bytearray()
        self.err = bytearray()
        self.globals: dict[str, object] = {}
        self.oo_id = 1000
        self.at_exit: list = []
        self.predef: dict[str, Block] = {}
        for i, n in enumerate(["Out_of_memory", "Sys_error", "Failure", "Invalid_argument",
                               "End_of_file", "Division_by_zero", "Not_found", "Match_failure",
                               "Stack_overflow", "Sys_blocked_io", "Assert_failure",
                               "Undefined_recursive_module"]):
            self.predef[n] = Block(OBJECT_TAG, [bytearray(n.encode()), -i - 1])
        from .stdlib_model import build_stdlib
        self.globals.update(build_stdlib(self))

    # exceptions raised by primitives
    def fail(self, name: str, arg=None):
        if arg is None:
            raise OCamlExn(self.predef[name])
        raise OCamlExn(Block(0, [self.predef[name], arg]))

    def failwith(self, msg: str):
        self.fail("Failure", bytearray(msg.encode("latin-1")))

    def invalid_arg(self, msg: str):
        self.fail("Invalid_argument", bytearray(msg.encode("latin-1")))

    # -- application -------------------------------------------------------------------
    def apply(self, f, args: list):
        while True:
            if isinstance(f, Partial):
                args = f.args + args
                f = f.fn
            if isinstance(f, Closure):
                n = len(f.fn.params)
            elif isinstance(f, Builtin):
                n = f.arity
            else:
                raise RuntimeError(f"applying a non-function {f!r}")
            if len(args) < n:
                return Partial(f, args)
            now, rest = args[:n], args[n:]
            if isinstance(f, Builtin):
                r = f.impl(*now)
            else:
                env = dict(f.env)
                for p, a in zip(f.fn.params, now):
                    env[p] = a
                r = self.eval(f.fn.body, env)
            if isinstance(r, TailCall):
                if rest:
                    r = self.apply(r.fn, r.args)
                else:
                    f, args = r.fn, r.args      # the trampoline: constant Python stack
                    continue
            if not rest:
                return r
            f, args = r, rest

    # -- evaluation ----------------------------------------------------------------------
    def eval(self, t: L.Lam, env: dict):
        ev = self.eval
        k = type(t)
        if k is L.Local:
            return env[t.var]
        if k is L.Const:
            return self.constant(t.value)
        if k is L.Global:
            return self.globals[t.unit]
        if k is L.Let:
            env[t.var] = ev(t.value, env)
            return ev(t.body, env)
        if k is L.Apply:
            args = [ev(a, env) for a in reversed(t.args)][::-1]     # right to left
            f = ev(t.fn, env)
            if t.tail:
                return TailCall(f, args)
            r = self.apply(f, args)
            return r
        if k is L.Function:
            return Closure(t, dict(env))
        if k is L.LetRec:
            for v, e in t.bindings:
                env[v] = ev(e, env)
            for v, _ in t.bindings:
                c = env[v]
                if isinstance(c, Closure):
                    for w, _ in t.bindings:
                        c.env[w] = env[w]
            return ev(t.body, env)
        if k is L.Prim:
            return self.prim(t, env)
        if k is L.If:
            return ev(t.then, env) if ev(t.cond, env) else ev(t.else_, env)
        if k is L.Seq:
            ev(t.first, env)
            return ev(t.second, env)
        if k is L.Switch:
            v = ev(t.scrutinee, env)
            if isinstance(v, int):
                for c, a in t.consts:
                    if c == v:
                        return ev(a, env)
            else:
                for c, a in t.blocks:
                    if c == v.tag:
                        return ev(a, env)
            if t.default is None:
                raise RuntimeError(f"switch without default: no case for {v!r}")
            return ev(t.default, env)
        if k is L.StringSwitch:
            v = bytes(ev(t.scrutinee, env))
            for s, a in t.cases:
                if s == v:
                    return ev(a, env)
            return ev(t.default, env)
        if k is L.StaticRaise:
            raise StaticExit(t.label, [ev(a, env) for a in t.args])
        if k is L.StaticCatch:
            try:
                return ev(t.body, env)
            except StaticExit as e:
                if e.label != t.label:
                    raise
                for p, v in zip(t.params, e.values):
                    env[p] = v
            return ev(t.handler, env)
        if k is L.TryWith:
            try:
                r = ev(t.body, env)
                if isinstance(r, TailCall):
                    raise RuntimeError("tail call marked inside a try body")
                return r
            except OCamlExn as e:
                env[t.exn] = e.value
            return ev(t.handler, env)
        if k is L.While:
            while ev(t.cond, env):
                ev(t.body, env)
            return 0
        if k is L.For:
            a, b = ev(t.start, env), ev(t.stop, env)
            rng = range(a, b + 1) if t.upward else range(a, b - 1, -1)
            for i in rng:
                env[t.var] = i
                ev(t.body, env)
            return 0
        if k is L.Assign:
            env[t.var] = ev(t.value, env)
            return 0
        raise RuntimeError(f"cannot evaluate {t!r}")

    def constant(self, c: L.Constant):
        if isinstance(c, L.CInt):
            return c.value
        if isinstance(c, L.CString):
            return bytearray(c.value)
        if isinstance(c, L.CFloat):
            return float_of_text(c.text)
        if isinstance(c, L.CBlock):
            return Block(c.tag, [self.constant(x) for x in c.fields])
        if isinstance(c, L.CFloatArray):
            return Block(DOUBLE_ARRAY_TAG, [float_of_text(x) for x in c.items])
        if isinstance(c, L.CBoxedInt):
            return c.value
        raise RuntimeError(c)

    # -- primitives -----------------------------------------------------------------------
    def prim(self, t: L.Prim, env: dict):
        op = t.op
        if op == "sequand":
            return self.eval(t.args[0], env) and self.eval(t.args[1], env)
        if op == "sequor":
            return self.eval(t.args[0], env) or self.eval(t.args[1], env)
        args = [self.eval(a, env) for a in reversed(t.args)][::-1]
        for a in args:
            if isinstance(a, TailCall):
                raise RuntimeError("tail call used as a primitive's argument")
        fn = PRIMS.get(op)
        if fn is None:
            raise RuntimeError(f"primitive {op} not modelled")
        return fn(self, t.arg, *args)

    def ccall(self, ext: L.External, *args):
        from .stdlib_model import CCALLS
        fn = CCALLS.get(ext.name)
        if fn is None:
            raise NotModelled(f"C primitive {ext.name} is not modelled by the test evaluator")
        return fn(self, *args)

    # -- running a program -------------------------------------------------------------------
    def run_unit(self, lam: L.Lam) -> Optional[int]:
        """Evaluate a unit; returns an exit code if the program stopped."""
        try:
            self.eval(lam, {})
        except ProgramExit as e:
            return e.code
        except OCamlExn as e:
            from .stdlib_model import exn_to_string
            self.err += b"Fatal error: exception " + exn_to_string(self, e.value).encode("latin-1") + b"\n"
            return 2
        return None

    def finish(self) -> int:
        for f in reversed(self.at_exit):
            self.apply(f, [0])
        return 0


def float_of_text(text: str) -> float:
    t = text.replace("_", "")
    if "x" in t.lower():
        return float.fromhex(t)
    return float(t)


def truthy(b) -> int:
    return 1 if b else 0


def compare_values(m: Machine, a, b, total: bool) -> int:
    """OCaml's polymorphic compare (total: nan equals itself and is below
    every float; otherwise an unordered comparison gives ``None``)."""
    if isinstance(a, (Closure, Builtin, Partial)) or isinstance(b, (Closure, Builtin, Partial)):
        m.invalid_arg("compare: functional value")
    if isinstance(a, bool) or isinstance(b, bool):
        a, b = int(a), int(b)
    if isinstance(a, int) and isinstance(b, int):
        return (a > b) - (a < b)
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            if not total:
                return None  # type: ignore[return-value]
            return 0 if math.isnan(a) and math.isnan(b) else (-1 if math.isnan(a) else 1)
        return (a > b) - (a < b)
    if isinstance(a, int):
        return -1
    if isinstance(b, int):
        return 1
    if isinstance(a, bytearray) and isinstance(b, bytearray):
        return (bytes(a) > bytes(b)) - (bytes(a) < bytes(b))
    if isinstance(a, Block) and isinstance(b, Block):
        if a.tag != b.tag:
            return -1 if a.tag < b.tag else 1
        if a.tag == OBJECT_TAG:
            return (a.fields[1] > b.fields[1]) - (a.fields[1] < b.fields[1])
        if len(a.fields) != len(b.fields):
            return -1 if len(a.fields) < len(b.fields) else 1
        for x, y in zip(a.fields, b.fields):
            c = compare_values(m, x, y, total)
            if c != 0:
                return c
        return 0
    raise RuntimeError(f"compare {a!r} {b!r}")


def equal_values(m: Machine, a, b) -> bool:
    c = compare_values(m, a, b, False)
    return c == 0


def _div(m: Machine, a: int, b: int) -> int:
    if b == 0:
        m.fail("Division_by_zero")
    q = abs(a) // abs(b)
    return wrap(q if (a >= 0) == (b >= 0) else -q)


def _mod(m: Machine, a: int, b: int) -> int:
    if b == 0:
        m.fail("Division_by_zero")
    return wrap(a - b * _div(m, a, b))


def _cmp(op: str, a, b) -> int:
    if op == "eq":
        return truthy(a == b)
    if op == "ne":
        return truthy(a != b)
    if op == "lt":
        return truthy(a < b)
    if op == "le":
        return truthy(a <= b)
    if op == "gt":
        return truthy(a > b)
    return truthy(a >= b)


def _physical_eq(op, a, b) -> int:
    same = a is b if not isinstance(a, (int, float)) else a == b
    return truthy(same if op == "eq" else not same)


def _bound(m: Machine, seq, i: int) -> None:
    if not 0 <= i < len(seq):
        m.invalid_arg("index out of bounds")


def _make_array(kind, items: list) -> Block:
    if kind == "float" or (kind == "gen" and items and isinstance(items[0], float)):
        return Block(DOUBLE_ARRAY_TAG, list(items))
    return Block(0, list(items))


def _intcomp(m, op, a, b):
    if not isinstance(a, int) or not isinstance(b, int):
        return _physical_eq(op, a, b)
    return _cmp(op, a, b)


def _setfield(m, i, b, v):
    b.fields[i] = v
    return 0


def _offsetref(m, n, r):
    r.fields[0] = wrap(r.fields[0] + n)
    return 0


def _arrayset(m, k, a, i, v, check=True):
    if check:
        _bound(m, a.fields, i)
    a.fields[i] = v
    return 0


def _bytesset(m, k, b, i, c, check=True):
    if check:
        _bound(m, b, i)
    b[i] = c
    return 0


def _raise(m, kind, v):
    raise OCamlExn(v)


def _setglobal(m, unit, v):
    m.globals[unit] = v
    return 0


def _intoffloat(m, _, f):
    if math.isnan(f) or math.isinf(f):
        return 0
    return wrap(int(f))


PRIMS: dict[str, Callable] = {
    "makeblock": lambda m, a, *xs: Block(a[0], list(xs)),
    "makefloatblock": lambda m, a, *xs: Block(DOUBLE_ARRAY_TAG, list(xs)),
    "field": lambda m, i, b: b.fields[i],
    "floatfield": lambda m, i, b: b.fields[i],
    "setfield": _setfield, "setfloatfield": _setfield,
    "raise": _raise,
    "not": lambda m, _, b: truthy(not b),
    "negint": lambda m, _, a: wrap(-a),
    "addint": lambda m, _, a, b: wrap(a + b), "subint": lambda m, _, a, b: wrap(a - b),
    "mulint": lambda m, _, a, b: wrap(a * b),
    "divint": lambda m, _, a, b: _div(m, a, b), "modint": lambda m, _, a, b: _mod(m, a, b),
    "andint": lambda m, _, a, b: a & b, "orint": lambda m, _, a, b: a | b,
    "xorint": lambda m, _, a, b: a ^ b,
    "lslint": lambda m, _, a, b: wrap(a << b),
    "lsrint": lambda m, _, a, b: (a & ((1 << 63) - 1)) >> b,
    "asrint": lambda m, _, a, b: a >> b,
    "intcomp": _intcomp,
    "offsetint": lambda m, n, a: wrap(a + n),
    "offsetref": _offsetref,
    "intoffloat": _intoffloat, "floatofint": lambda m, _, a: float(a),
    "negfloat": lambda m, _, a: -a, "absfloat": lambda m, _, a: abs(a),
    "addfloat": lambda m, _, a, b: a + b, "subfloat": lambda m, _, a, b: a - b,
    "mulfloat": lambda m, _, a, b: a * b,
    "divfloat": lambda m, _, a, b: (a / b if b != 0 else (math.nan if a == 0 or math.isnan(a)
                                                            else math.copysign(math.inf, a) * math.copysign(1, b))),
    "floatcomp": lambda m, op, a, b: _cmp(op, a, b),
    "stringlength": lambda m, _, s: len(s), "byteslength": lambda m, _, s: len(s),
    "stringrefs": lambda m, _, s, i: (_bound(m, s, i), s[i])[1],
    "stringrefu": lambda m, _, s, i: s[i],
    "bytesrefs": lambda m, _, s, i: (_bound(m, s, i), s[i])[1],
    "bytesrefu": lambda m, _, s, i: s[i],
    "bytessets": lambda m, k, b, i, c: _bytesset(m, k, b, i, c),
    "bytessetu": lambda m, k, b, i, c: _bytesset(m, k, b, i, c, False),
    "makearray": lambda m, kind, *xs: _make_array(kind, list(xs)),
    "arraylength": lambda m, _, a: len(a.fields),
    "arrayrefs": lambda m, _, a, i: (_bound(m, a.fields, i), a.fields[i])[1],
    "arrayrefu": lambda m, _, a, i: a.fields[i],
    "arraysets": lambda m, k, a, i, v: _arrayset(m, k, a, i, v),
    "arraysetu": lambda m, k, a, i, v: _arrayset(m, k, a, i, v, False),
    "isint": lambda m, _, v: truthy(isinstance(v, int)),
    "isout": lambda m, _, a, b: truthy((a % (1 << 64)) > (b % (1 << 64))),
    "ccall": lambda m, ext, *xs: m.ccall(ext, *xs),
    "identity": lambda m, _, v: v, "ignore": lambda m, _, v: 0,
    "setglobal": _setglobal,
    "getglobal": lambda m, sym: m.predef[sym[9:]] if sym.startswith("caml_exn_") else m.globals[sym],
}


def run_lambda(units: list[L.Lam]) -> tuple[bytes, bytes, int]:
    """Run the units in order: (stdout, stderr, exit status)."""
    import threading
    result: list = []

    def go() -> None:
        try:
            run()
        except BaseException as e:     # re-raised in the caller's thread
            result.append(e)

    def run() -> None:
        m = Machine()
        code = None
        for u in units:
            code = m.run_unit(u)
            if code is not None:
                break
        if code is None:
            try:
                code = m.finish()
            except ProgramExit as e:
                code = e.code
        result.append((bytes(m.out), bytes(m.err), code))

    old = sys.getrecursionlimit()
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(512 * 1024 * 1024)
    try:
        th = threading.Thread(target=go)
        th.start()
        th.join()
    finally:
        sys.setrecursionlimit(old)
    if not result:
        raise RuntimeError("evaluator crashed")
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]
