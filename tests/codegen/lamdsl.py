"""A tiny DSL for writing lambda terms by hand in the codegen tests (the
translation from typed trees is developed separately)."""
from __future__ import annotations

from robur.lambda_ import ir as L

V = L.Var.fresh


def loc(v: L.Var) -> L.Local:
    return L.Local(var=v)


def i(n: int) -> L.Const:
    return L.Const(value=L.CInt(n))


def s(b: str | bytes) -> L.Const:
    return L.Const(value=L.CString(b.encode() if isinstance(b, str) else b))


def f(text: str) -> L.Const:
    return L.Const(value=L.CFloat(text))


def prim(op: str, *args: L.Lam, arg=None) -> L.Prim:
    return L.Prim(op=op, args=list(args), arg=arg)


def ccall(name: str, *args: L.Lam, alloc: bool = True) -> L.Prim:
    return L.Prim(op="ccall", args=list(args), arg=L.External(name, len(args), alloc))


def app(fn: L.Lam, *args: L.Lam, tail: bool = False) -> L.Apply:
    return L.Apply(fn=fn, args=list(args), tail=tail)


def fun(params: list[L.Var], body: L.Lam, name: str = "") -> L.Function:
    return L.Function(params=params, body=body, name=name)


def let(v: L.Var, value: L.Lam, body: L.Lam, mutable: bool = False) -> L.Let:
    return L.Let(var=v, value=value, body=body, mutable=mutable)


def letrec(bindings: list[tuple[L.Var, L.Lam]], body: L.Lam) -> L.LetRec:
    return L.LetRec(bindings=bindings, body=body)


def if_(c: L.Lam, a: L.Lam, b: L.Lam) -> L.If:
    return L.If(cond=c, then=a, else_=b)


def seq(*xs: L.Lam) -> L.Lam:
    r = xs[-1]
    for x in reversed(xs[:-1]):
        r = L.Seq(first=x, second=r)
    return r


def add(a, b):
    return prim("addint", a, b)


def sub(a, b):
    return prim("subint", a, b)


def mul(a, b):
    return prim("mulint", a, b)


def cmp(op, a, b):
    return prim("intcomp", a, b, arg=op)


def field(b, n):
    return prim("field", b, arg=n)


def block(tag: int, *xs: L.Lam) -> L.Prim:
    return prim("makeblock", *xs, arg=(tag, False))


def with_printing(body_fn) -> L.Lam:
    """let chan = stdout; print_string; print_int; print_newline in body."""
    chan, ps, psx, pi, pix, pn = V("stdout"), V("print_string"), V("s"), V("print_int"), V("n"), V("print_newline")
    u = V("u")
    return let(chan, ccall("caml_ml_open_descriptor_out", i(1)),
               let(ps, fun([psx], ccall("caml_ml_output", loc(chan), loc(psx), i(0),
                                          prim("stringlength", loc(psx))), "print_string"),
                   let(pi, fun([pix], app(loc(ps), ccall("caml_format_int", s("%d"), loc(pix)), tail=True),
                               "print_int"),
                       let(pn, fun([u], app(loc(ps), s("\n"), tail=True), "print_newline"),
                           body_fn(lambda x: app(loc(ps), x), lambda x: app(loc(pi), x),
                                   lambda: app(loc(pn), i(0)))))))
