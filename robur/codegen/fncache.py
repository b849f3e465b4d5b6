"""Reusing a function's machine code when the function did not change.

The live loop recompiles a whole unit when one line of it changes; most of
its functions come out of cmmgen exactly as before.  Selection, register
allocation and emission are the back end's dearest passes (about 80% of
its time), so their product, per function, is kept in memory under a
fingerprint of the function's cmm: its symbol, parameters and body, with
variables and static-exception labels renumbered in order of appearance
(their stamps come from process-wide counters and shift with every edit),
and the source line of every operation (the `.loc` directives).  Equal
fingerprints mean the same code up to the names of temporaries, so the
cached lines are a correct compilation of the new function.

The labels inside cached lines stay unique: every label the emitter makes
takes a fresh number from a process-wide counter (float constants aside:
they are named by their value), so a later compilation never reuses one.
The cache is per process (``robur dev``, the REPL, the compile server),
never written to disk, and bounded in entries and in bytes of text.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Optional

from . import cmm as M

_LIMIT = 20_000          # functions; a large project's worth
_MAX_BYTES = 64 << 20    # of assembly text: a long-lived server's memory


class FunctionCache:
    def __init__(self, limit: int = _LIMIT, max_bytes: int = _MAX_BYTES):
        self.limit = limit
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple, object] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple) -> Optional[object]:
        entry = self._entries.get(key)
        if entry is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, key: tuple, value: object) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= _size(old)
        self._entries[key] = value
        self._bytes += _size(value)
        while len(self._entries) > self.limit or (self._bytes > self.max_bytes and len(self._entries) > 1):
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= _size(dropped)


def _size(value: object) -> int:
    return len(getattr(value, "text", ""))


def fingerprint(fun: M.Fundecl, context: tuple) -> tuple:
    """A hashable key for ``fun``, equal for functions that compile to the
    same code.  ``context`` holds what else the emitted lines depend on
    (the unit's source file for `.loc`)."""
    out: list = [fun.name, fun.exported, fun.loc.line if fun.loc is not None else 0, context]
    vars_: dict[M.CVar, int] = {}
    labels: dict[int, int] = {}

    def var(v: M.CVar) -> tuple:
        n = vars_.get(v)
        if n is None:
            n = vars_[v] = len(vars_)
        return (n, v.kind)

    def label(k: int) -> int:
        n = labels.get(k)
        if n is None:
            n = labels[k] = len(labels)
        return n

    add = out.append
    out.append(tuple(var(p) for p in fun.params))
    # an explicit stack: unit bodies are long chains of lets and sequences
    stack: list = [fun.body]
    push = stack.append
    while stack:
        e = stack.pop()
        t = type(e)
        if t is M.Var:
            add(var(e.var))
        elif t is M.Const:
            add(e.value)
        elif t is M.Op:
            arg = e.arg
            if type(arg) is tuple or type(arg) is list:
                arg = _freeze(arg)
            add(("op", e.op, arg, e.loc.line if e.loc is not None else 0, len(e.args)))
            stack.extend(reversed(e.args))
        elif t is M.Let:
            add(("let", var(e.var)))
            push(e.body)
            push(e.value)
        elif t is M.Seq:
            add("seq")
            push(e.second)
            push(e.first)
        elif t is M.If:
            add("if")
            push(e.else_)
            push(e.then)
            push(e.cond)
        elif t is M.ConstSym:
            add(("sym", e.name, e.offset, e.kind))
        elif t is M.ConstFloat:
            add(("float", repr(e.value)))
        elif t is M.Assign:
            add(("assign", var(e.var)))
            push(e.value)
        elif t is M.Switch:
            add(("switch", tuple(e.index), len(e.actions)))
            stack.extend(reversed(e.actions))
            push(e.scrutinee)
        elif t is M.Catch:
            add(("catch", label(e.label), tuple(var(p) for p in e.params)))
            push(e.handler)
            push(e.body)
        elif t is M.Exit:
            add(("exit", label(e.label), len(e.args)))
            stack.extend(reversed(e.args))
        elif t is M.TryWith:
            add(("try", var(e.var)))
            push(e.handler)
            push(e.body)
        else:
            raise TypeError(f"fingerprint: unknown cmm node {t.__name__}")
    return tuple(out)


def _freeze(x: object) -> object:
    if type(x) is tuple or type(x) is list:
        return tuple(_freeze(y) for y in x)   # type: ignore[union-attr]
    return x
