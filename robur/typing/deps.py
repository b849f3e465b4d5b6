"""Free module names of a unit, as ocamldep computes them: the first
component of every qualified name and every module path.  Used to order
compilation units and to know which interfaces a unit imports."""
from __future__ import annotations

from ..syntax import ast as A

_MODULE_PATH_NODES = (A.MIdent, A.MTIdent, A.SigOpen, A.POpen)


def _slots(cls: type) -> tuple[str, ...]:
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        names.extend(getattr(klass, "__slots__", ()))
    return tuple(n for n in dict.fromkeys(names) if n not in ("loc", "attrs"))


_SLOTS: dict[type, tuple[str, ...]] = {}


def free_modules(node: object) -> set[str]:
    out: set[str] = set()
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, list):
            stack.extend(x)
            continue
        if isinstance(x, tuple):
            if x and all(isinstance(s, str) for s in x):
                if len(x) > 1 and x[0][:1].isupper():
                    out.add(x[0])
            else:
                stack.extend(x)
            continue
        cls = type(x)
        if cls.__module__ != A.__name__:
            continue
        if isinstance(x, _MODULE_PATH_NODES):
            name = x.name if not isinstance(x, (A.SigOpen, A.POpen)) else x.module
            if name:
                out.add(name[0])
        if isinstance(x, A.WithConstraint) and x.module:
            out.add(x.module[0])
        names = _SLOTS.get(cls)
        if names is None:
            names = _SLOTS[cls] = _slots(cls)
        for n in names:
            v = getattr(x, n, None)
            if v is not None and not isinstance(v, (str, int, bool, float)):
                stack.append(v)
    return out
