"""Lambda terms as S-expressions, in the style of ``ocamlc -dlambda``."""
from __future__ import annotations

from . import ir as L


def constant(c: L.Constant) -> str:
    if isinstance(c, L.CInt):
        return str(c.value)
    if isinstance(c, L.CFloat):
        return c.text
    if isinstance(c, L.CString):
        return '"' + c.value.decode("latin-1").encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    if isinstance(c, L.CBoxedInt):
        return f"{c.value}{ {'int32': 'l', 'int64': 'L', 'nativeint': 'n'}[c.kind] }"
    if isinstance(c, L.CBlock):
        return f"[{c.tag}: " + " ".join(constant(x) for x in c.fields) + "]"
    if isinstance(c, L.CFloatArray):
        return "[|" + " ".join(c.items) + "|]"
    raise TypeError(c)


def show(t: L.Lam, indent: int = 0) -> str:
    pad = "\n" + "  " * (indent + 1)

    def sub(x: L.Lam) -> str:
        return show(x, indent + 1)

    if isinstance(t, L.Local):
        return str(t.var)
    if isinstance(t, L.Global):
        return f"(global {t.unit}!)"
    if isinstance(t, L.Const):
        return constant(t.value)
    if isinstance(t, L.Apply):
        head = "apply" + ("[tail]" if t.tail else "")
        return f"({head} {sub(t.fn)}" + "".join(pad + sub(a) for a in t.args) + ")"
    if isinstance(t, L.Function):
        return f"(function{' ' + t.name if t.name else ''} " + " ".join(map(str, t.params)) + pad + sub(t.body) + ")"
    if isinstance(t, L.Let):
        kw = "let!" if t.mutable else "let"
        return f"({kw} ({t.var} {sub(t.value)})" + pad + sub(t.body) + ")"
    if isinstance(t, L.LetRec):
        binds = " ".join(f"{v} {sub(e)}" for v, e in t.bindings)
        return f"(letrec ({binds})" + pad + sub(t.body) + ")"
    if isinstance(t, L.Prim):
        arg = ""
        if t.arg is not None:
            arg = f"[{t.arg.name}]" if isinstance(t.arg, L.External) else f"[{t.arg}]"
        return f"({t.op}{arg}" + "".join(" " + sub(a) for a in t.args) + ")"
    if isinstance(t, L.Switch):
        cases = [f"case int {k}:{pad}  {sub(e)}" for k, e in t.consts]
        cases += [f"case tag {k}:{pad}  {sub(e)}" for k, e in t.blocks]
        if t.default is not None:
            cases.append(f"default:{pad}  {sub(t.default)}")
        return f"(switch {sub(t.scrutinee)}" + "".join(pad + c for c in cases) + ")"
    if isinstance(t, L.StringSwitch):
        cases = [f'case "{k.decode("latin-1")}":{pad}  {sub(e)}' for k, e in t.cases]
        if t.default is not None:
            cases.append(f"default:{pad}  {sub(t.default)}")
        return f"(stringswitch {sub(t.scrutinee)}" + "".join(pad + c for c in cases) + ")"
    if isinstance(t, L.StaticRaise):
        return f"(exit {t.label}" + "".join(" " + sub(a) for a in t.args) + ")"
    if isinstance(t, L.StaticCatch):
        params = " ".join(map(str, t.params))
        return f"(catch{pad}{sub(t.body)}{pad}with ({t.label}{' ' + params if params else ''}){pad}{sub(t.handler)})"
    if isinstance(t, L.TryWith):
        return f"(try{pad}{sub(t.body)}{pad}with {t.exn}{pad}{sub(t.handler)})"
    if isinstance(t, L.If):
        return f"(if {sub(t.cond)}{pad}{sub(t.then)}{pad}{sub(t.else_)})"
    if isinstance(t, L.Seq):
        return f"(seq {sub(t.first)}{pad}{sub(t.second)})"
    if isinstance(t, L.While):
        return f"(while {sub(t.cond)}{pad}{sub(t.body)})"
    if isinstance(t, L.For):
        d = "to" if t.upward else "downto"
        return f"(for {t.var} {sub(t.start)} {d} {sub(t.stop)}{pad}{sub(t.body)})"
    if isinstance(t, L.Assign):
        return f"(assign {t.var} {sub(t.value)})"
    raise TypeError(t)
