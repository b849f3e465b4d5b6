"""Passes over translated lambda (OCaml's simplif.ml), run once per unit as
one walk (``simplify``) after a count of the static exits:

1. a StaticCatch whose handler is jumped to from one place only gets its
   handler put at that place (parameters become lets); one never jumped
   to disappears.  Pattern matching (matching.py) shares every clause body
   through a handler; this makes the common cases read like OCaml's
   -dlambda.  A jump from inside a ``try`` body is not inlined: the handler
   would then run under the exception handler.
2. ``let x = y`` (a variable bound to a variable) is removed and ``y``
   used for ``x``.
3. every Apply in tail position of a function body gets ``tail=True``, as
   OCaml's: the bodies of let/letrec, both branches of if and switch arms,
   the second operand of ``&&``/``||``, static-catch bodies and handlers,
   and ``try`` handlers (not ``try`` bodies).
"""
from __future__ import annotations

import sys
from typing import Callable

from . import ir as L

sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))


def _children_of(*names: str) -> Callable[[L.Lam], list[L.Lam]]:
    return lambda t: [getattr(t, n) for n in names]


def _switch_children(t: L.Switch) -> list[L.Lam]:
    out = [t.scrutinee] + [a for _, a in t.consts] + [a for _, a in t.blocks]
    return out + ([t.default] if t.default is not None else [])


# Dispatch on the exact node class: a chain of isinstance tests, at every
# node of a unit, was most of the time of the walks over lambda.
_CHILDREN: dict[type, Callable[[L.Lam], list[L.Lam]]] = {
    L.Local: lambda t: [], L.Global: lambda t: [], L.Const: lambda t: [],
    L.Apply: lambda t: [t.fn] + t.args,
    L.Function: _children_of("body"),
    L.Let: _children_of("value", "body"),
    L.LetRec: lambda t: [e for _, e in t.bindings] + [t.body],
    L.Prim: lambda t: list(t.args),
    L.Switch: _switch_children,
    L.StringSwitch: lambda t: ([t.scrutinee] + [a for _, a in t.cases]
                               + ([t.default] if t.default is not None else [])),
    L.StaticRaise: lambda t: list(t.args),
    L.StaticCatch: _children_of("body", "handler"),
    L.TryWith: _children_of("body", "handler"),
    L.If: _children_of("cond", "then", "else_"),
    L.Seq: _children_of("first", "second"),
    L.While: _children_of("cond", "body"),
    L.For: _children_of("start", "stop", "body"),
    L.Assign: _children_of("value"),
}


def children(t: L.Lam) -> list[L.Lam]:
    get = _CHILDREN.get(type(t))
    if get is None:
        raise TypeError(t)
    return get(t)


def _map_apply(t: L.Apply, f: Callable[[L.Lam], L.Lam]) -> None:
    t.fn = f(t.fn)
    t.args = [f(a) for a in t.args]


def _map_let(t: L.Let, f: Callable[[L.Lam], L.Lam]) -> None:
    t.value = f(t.value)
    t.body = f(t.body)


def _map_letrec(t: L.LetRec, f: Callable[[L.Lam], L.Lam]) -> None:
    t.bindings = [(v, f(e)) for v, e in t.bindings]
    t.body = f(t.body)


def _map_args(t: L.Prim | L.StaticRaise, f: Callable[[L.Lam], L.Lam]) -> None:
    t.args = [f(a) for a in t.args]


def _map_switch(t: L.Switch, f: Callable[[L.Lam], L.Lam]) -> None:
    t.scrutinee = f(t.scrutinee)
    t.consts = [(k, f(a)) for k, a in t.consts]
    t.blocks = [(k, f(a)) for k, a in t.blocks]
    t.default = f(t.default) if t.default is not None else None


def _map_stringswitch(t: L.StringSwitch, f: Callable[[L.Lam], L.Lam]) -> None:
    t.scrutinee = f(t.scrutinee)
    t.cases = [(k, f(a)) for k, a in t.cases]
    t.default = f(t.default) if t.default is not None else None


def _map_body_handler(t: L.StaticCatch | L.TryWith, f: Callable[[L.Lam], L.Lam]) -> None:
    t.body = f(t.body)
    t.handler = f(t.handler)


def _map_if(t: L.If, f: Callable[[L.Lam], L.Lam]) -> None:
    t.cond, t.then, t.else_ = f(t.cond), f(t.then), f(t.else_)


def _map_seq(t: L.Seq, f: Callable[[L.Lam], L.Lam]) -> None:
    t.first, t.second = f(t.first), f(t.second)


def _map_while(t: L.While, f: Callable[[L.Lam], L.Lam]) -> None:
    t.cond, t.body = f(t.cond), f(t.body)


def _map_for(t: L.For, f: Callable[[L.Lam], L.Lam]) -> None:
    t.start, t.stop, t.body = f(t.start), f(t.stop), f(t.body)


def _map_function(t: L.Function, f: Callable[[L.Lam], L.Lam]) -> None:
    t.body = f(t.body)


def _map_assign(t: L.Assign, f: Callable[[L.Lam], L.Lam]) -> None:
    t.value = f(t.value)


_MAP: dict[type, Callable] = {
    L.Apply: _map_apply, L.Function: _map_function, L.Let: _map_let, L.LetRec: _map_letrec,
    L.Prim: _map_args, L.StaticRaise: _map_args, L.Switch: _map_switch,
    L.StringSwitch: _map_stringswitch, L.StaticCatch: _map_body_handler,
    L.TryWith: _map_body_handler, L.If: _map_if, L.Seq: _map_seq, L.While: _map_while,
    L.For: _map_for, L.Assign: _map_assign,
}


def map_children(t: L.Lam, f: Callable[[L.Lam], L.Lam]) -> L.Lam:
    """Replace each direct child ``c`` of ``t`` by ``f(c)`` (in place)."""
    m = _MAP.get(type(t))
    if m is not None:
        m(t, f)
    return t


# -- jumps to static exits -----------------------------------------------------------------

def _exits_to_inline(t: L.Lam) -> tuple[dict[int, int], set[int]]:
    """How many jumps go to each static-exit label, and the labels whose
    handler can be put at its only jump (not from inside a ``try`` body)."""
    uses: dict[int, int] = {}
    raise_depth: dict[int, set[int]] = {}
    catch_depth: dict[int, int] = {}

    def count(x: L.Lam, depth: int) -> None:
        # the commonest kinds first, without building a list of children;
        # the last child is visited by looping (fewer recursive calls)
        while True:
            k = type(x)
            if k is L.Local or k is L.Const or k is L.Global:
                return
            if k is L.Apply:
                count(x.fn, depth)
                for a in x.args:
                    count(a, depth)
                return
            if k is L.Prim:
                for a in x.args:
                    count(a, depth)
                return
            if k is L.Let:
                count(x.value, depth)
                x = x.body
            elif k is L.Seq:
                count(x.first, depth)
                x = x.second
            elif k is L.If:
                count(x.cond, depth)
                count(x.then, depth)
                x = x.else_
            elif k is L.Function:
                x = x.body
            elif k is L.StaticRaise:
                uses[x.label] = uses.get(x.label, 0) + 1
                raise_depth.setdefault(x.label, set()).add(depth)
                for a in x.args:
                    count(a, depth)
                return
            elif k is L.StaticCatch:
                catch_depth[x.label] = depth
                count(x.body, depth)
                x = x.handler
            elif k is L.TryWith:
                count(x.body, depth + 1)
                x = x.handler
            else:
                for c in _CHILDREN[k](x):
                    count(c, depth)
                return
    count(t, 0)
    return uses, {lab for lab, n in uses.items()
                  if n == 1 and raise_depth[lab] == {catch_depth.get(lab, -1)}}


# -- the rewriting walk ------------------------------------------------------------------------

def simplify(t: L.Lam) -> L.Lam:
    """The module's three rewrites in one walk (each used to walk the whole
    unit).  Nodes are visited in map_children's order, which the alias map
    depends on (a for-loop counter is seen before its uses), each after the
    exits at its head are inlined, so the walk sees the term 1 produces.
    (An inlined jump's arguments are now rewritten before its handler: only
    the order of visits to other jumps could tell, and a label inlined is
    jumped to once.)"""
    uses, inlinable = _exits_to_inline(t)
    handlers: dict[int, L.StaticCatch] = {}
    alias: dict[L.Var, L.Var] = {}
    changing: set[L.Var] = set()      # for-loop counters and mutable lets

    def inline(x: L.Lam) -> L.Lam:
        """``x`` with the static exits at its head inlined or removed."""
        while True:
            k = type(x)
            if k is L.StaticCatch:
                if uses.get(x.label, 0) == 0:
                    x = x.body
                elif x.label in inlinable:
                    handlers[x.label] = x
                    x = x.body
                else:
                    return x
            elif k is L.StaticRaise and x.label in handlers:
                h = handlers.pop(x.label)
                body = h.handler
                for p, a in reversed(list(zip(h.params, x.args))):
                    body = L.Let(p, a, body, loc=x.loc)
                x = body
            else:
                return x

    def walk(x: L.Lam, tail: bool) -> L.Lam:
        k = type(x)
        if k is L.StaticCatch or k is L.StaticRaise:
            x = inline(x)
            k = type(x)
        if k is L.Local:
            target = alias.get(x.var)
            return L.Local(target, loc=x.loc) if target is not None else x
        if k is L.Const or k is L.Global:
            return x
        if k is L.Apply:
            x.tail = tail
            x.fn = walk(x.fn, False)
            x.args = [walk(a, False) for a in x.args]
        elif k is L.Let:
            v = x.value
            if type(v) is L.StaticCatch or type(v) is L.StaticRaise:
                v = x.value = inline(v)
            if x.mutable:
                changing.add(x.var)
            elif type(v) is L.Local and v.var not in changing:
                alias[x.var] = alias.get(v.var, v.var)
                return walk(x.body, tail)
            x.value = walk(v, False)
            x.body = walk(x.body, tail)
        elif k is L.Prim:
            if x.op == "sequand" or x.op == "sequor":
                x.args = [walk(a, tail if i == 1 else False) for i, a in enumerate(x.args)]
            else:
                x.args = [walk(a, False) for a in x.args]
        elif k is L.Function:
            x.body = walk(x.body, True)
        elif k is L.If:
            x.cond, x.then, x.else_ = walk(x.cond, False), walk(x.then, tail), walk(x.else_, tail)
        elif k is L.Seq:
            x.first, x.second = walk(x.first, False), walk(x.second, tail)
        elif k is L.Switch:
            x.scrutinee = walk(x.scrutinee, False)
            x.consts = [(c, walk(a, tail)) for c, a in x.consts]
            x.blocks = [(c, walk(a, tail)) for c, a in x.blocks]
            x.default = walk(x.default, tail) if x.default is not None else None
        elif k is L.LetRec:
            x.bindings = [(v, walk(e, False)) for v, e in x.bindings]
            x.body = walk(x.body, tail)
        elif k is L.StaticCatch:
            x.body = walk(x.body, tail)
            x.handler = walk(x.handler, tail)
        elif k is L.TryWith:
            x.body = walk(x.body, False)        # the handler frame is still on the stack
            x.handler = walk(x.handler, tail)
        elif k is L.StringSwitch:
            x.scrutinee = walk(x.scrutinee, False)
            x.cases = [(c, walk(a, tail)) for c, a in x.cases]
            x.default = walk(x.default, tail) if x.default is not None else None
        elif k is L.For:
            changing.add(x.var)
            x.start, x.stop, x.body = walk(x.start, False), walk(x.stop, False), walk(x.body, False)
        else:
            map_children(x, lambda c: walk(c, False))
        return x
    return walk(t, False)
