"""Passes over translated lambda (OCaml's simplif.ml), run once per unit:

1. ``inline_exits``: a StaticCatch whose handler is jumped to from one
   place only gets its handler put at that place (parameters become lets);
   one never jumped to disappears.  Pattern matching (matching.py) shares
   every clause body through a handler; this makes the common cases read
   like OCaml's -dlambda.  A jump from inside a ``try`` body is not inlined:
   the handler would then run under the exception handler.
2. ``forward_aliases``: ``let x = y`` (a variable bound to a variable) is
   removed and ``y`` used for ``x``.
3. ``mark_tails``: every Apply in tail position of a function body gets
   ``tail=True``, as OCaml's: the bodies of let/letrec, both branches of
   if and switch arms, the second operand of ``&&``/``||``, static-catch
   bodies and handlers, and ``try`` handlers (not ``try`` bodies).
"""
from __future__ import annotations

import sys
from typing import Callable

from . import ir as L

sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))


def children(t: L.Lam) -> list[L.Lam]:
    if isinstance(t, (L.Local, L.Global, L.Const)):
        return []
    if isinstance(t, L.Apply):
        return [t.fn] + t.args
    if isinstance(t, L.Function):
        return [t.body]
    if isinstance(t, L.Let):
        return [t.value, t.body]
    if isinstance(t, L.LetRec):
        return [e for _, e in t.bindings] + [t.body]
    if isinstance(t, L.Prim):
        return list(t.args)
    if isinstance(t, L.Switch):
        out = [t.scrutinee] + [a for _, a in t.consts] + [a for _, a in t.blocks]
        return out + ([t.default] if t.default is not None else [])
    if isinstance(t, L.StringSwitch):
        return [t.scrutinee] + [a for _, a in t.cases] + ([t.default] if t.default is not None else [])
    if isinstance(t, L.StaticRaise):
        return list(t.args)
    if isinstance(t, L.StaticCatch):
        return [t.body, t.handler]
    if isinstance(t, L.TryWith):
        return [t.body, t.handler]
    if isinstance(t, L.If):
        return [t.cond, t.then, t.else_]
    if isinstance(t, L.Seq):
        return [t.first, t.second]
    if isinstance(t, L.While):
        return [t.cond, t.body]
    if isinstance(t, L.For):
        return [t.start, t.stop, t.body]
    if isinstance(t, L.Assign):
        return [t.value]
    raise TypeError(t)


def map_children(t: L.Lam, f: Callable[[L.Lam], L.Lam]) -> L.Lam:
    """Replace each direct child ``c`` of ``t`` by ``f(c)`` (in place)."""
    if isinstance(t, L.Apply):
        t.fn = f(t.fn)
        t.args = [f(a) for a in t.args]
    elif isinstance(t, L.Function):
        t.body = f(t.body)
    elif isinstance(t, L.Let):
        t.value = f(t.value)
        t.body = f(t.body)
    elif isinstance(t, L.LetRec):
        t.bindings = [(v, f(e)) for v, e in t.bindings]
        t.body = f(t.body)
    elif isinstance(t, (L.Prim, L.StaticRaise)):
        t.args = [f(a) for a in t.args]
    elif isinstance(t, L.Switch):
        t.scrutinee = f(t.scrutinee)
        t.consts = [(k, f(a)) for k, a in t.consts]
        t.blocks = [(k, f(a)) for k, a in t.blocks]
        t.default = f(t.default) if t.default is not None else None
    elif isinstance(t, L.StringSwitch):
        t.scrutinee = f(t.scrutinee)
        t.cases = [(k, f(a)) for k, a in t.cases]
        t.default = f(t.default) if t.default is not None else None
    elif isinstance(t, (L.StaticCatch, L.TryWith)):
        t.body = f(t.body)
        t.handler = f(t.handler)
    elif isinstance(t, L.If):
        t.cond, t.then, t.else_ = f(t.cond), f(t.then), f(t.else_)
    elif isinstance(t, L.Seq):
        t.first, t.second = f(t.first), f(t.second)
    elif isinstance(t, L.While):
        t.cond, t.body = f(t.cond), f(t.body)
    elif isinstance(t, L.For):
        t.start, t.stop, t.body = f(t.start), f(t.stop), f(t.body)
    elif isinstance(t, L.Assign):
        t.value = f(t.value)
    return t


# -- 1. static exits used once ------------------------------------------------------------

def inline_exits(t: L.Lam) -> L.Lam:
    uses: dict[int, int] = {}
    raise_depth: dict[int, set[int]] = {}
    catch_depth: dict[int, int] = {}

    def count(x: L.Lam, depth: int) -> None:
        if isinstance(x, L.StaticRaise):
            uses[x.label] = uses.get(x.label, 0) + 1
            raise_depth.setdefault(x.label, set()).add(depth)
        elif isinstance(x, L.StaticCatch):
            catch_depth[x.label] = depth
        if isinstance(x, L.TryWith):
            count(x.body, depth + 1)
            count(x.handler, depth)
            return
        for c in children(x):
            count(c, depth)
    count(t, 0)

    inlinable = {lab for lab, n in uses.items()
                 if n == 1 and raise_depth[lab] == {catch_depth.get(lab, -1)}}
    handlers: dict[int, L.StaticCatch] = {}

    def rewrite(x: L.Lam) -> L.Lam:
        if isinstance(x, L.StaticCatch):
            if uses.get(x.label, 0) == 0:
                return rewrite(x.body)
            if x.label in inlinable:
                handlers[x.label] = x
                return rewrite(x.body)
        if isinstance(x, L.StaticRaise) and x.label in handlers:
            h = handlers.pop(x.label)
            body = rewrite(h.handler)
            for p, a in reversed(list(zip(h.params, x.args))):
                a = rewrite(a)
                body = L.Let(p, a, body, loc=x.loc)
            return body
        return map_children(x, rewrite)
    return rewrite(t)


# -- 2. variables bound to variables ----------------------------------------------------------

def forward_aliases(t: L.Lam) -> L.Lam:
    """``let x = y in e`` becomes ``e`` with ``y`` for ``x`` (pattern
    matching binds clause variables to the occurrences they name).  Vars
    are unique, so one map serves the whole term; a mutable let (assigned
    with Assign) is kept."""
    alias: dict[L.Var, L.Var] = {}
    changing: set[L.Var] = set()      # for-loop counters and mutable lets

    def rewrite(x: L.Lam) -> L.Lam:
        if isinstance(x, L.For):
            changing.add(x.var)
        elif isinstance(x, L.Let) and x.mutable:
            changing.add(x.var)
        if (isinstance(x, L.Let) and isinstance(x.value, L.Local) and not x.mutable
                and x.value.var not in changing):
            alias[x.var] = alias.get(x.value.var, x.value.var)
            return rewrite(x.body)
        if isinstance(x, L.Local):
            target = alias.get(x.var)
            if target is not None:
                return L.Local(target, loc=x.loc)
            return x
        return map_children(x, rewrite)
    return rewrite(t)


# -- 3. tail calls --------------------------------------------------------------------------

def mark_tails(t: L.Lam, tail: bool = False) -> None:
    if isinstance(t, L.Apply):
        t.tail = tail
        for c in [t.fn] + t.args:
            mark_tails(c, False)
    elif isinstance(t, L.Function):
        mark_tails(t.body, True)
    elif isinstance(t, L.Let):
        mark_tails(t.value, False)
        mark_tails(t.body, tail)
    elif isinstance(t, L.LetRec):
        for _, e in t.bindings:
            mark_tails(e, False)
        mark_tails(t.body, tail)
    elif isinstance(t, L.If):
        mark_tails(t.cond, False)
        mark_tails(t.then, tail)
        mark_tails(t.else_, tail)
    elif isinstance(t, L.Seq):
        mark_tails(t.first, False)
        mark_tails(t.second, tail)
    elif isinstance(t, (L.Switch, L.StringSwitch)):
        mark_tails(t.scrutinee, False)
        arms = t.consts + t.blocks if isinstance(t, L.Switch) else t.cases
        for _, a in arms:
            mark_tails(a, tail)
        if t.default is not None:
            mark_tails(t.default, tail)
    elif isinstance(t, L.StaticCatch):
        mark_tails(t.body, tail)
        mark_tails(t.handler, tail)
    elif isinstance(t, L.TryWith):
        mark_tails(t.body, False)        # the handler frame is still on the stack
        mark_tails(t.handler, tail)
    elif isinstance(t, L.Prim) and t.op in ("sequand", "sequor"):
        mark_tails(t.args[0], False)
        mark_tails(t.args[1], tail)
    else:
        for c in children(t):
            mark_tails(c, False)


def simplify(t: L.Lam) -> L.Lam:
    t = inline_exits(t)
    t = forward_aliases(t)
    mark_tails(t, False)
    return t
