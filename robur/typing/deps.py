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


# How free_modules treats a node of each class (computed on first sight):
# _LIST, _TUPLE, _SKIP (not a syntax node), or for a syntax node the field
# naming a module path whose head is free (or None) and the fields to visit.
_LIST, _TUPLE, _SKIP = object(), object(), object()
_PLANS: dict[type, object] = {}


def _plan(cls: type) -> object:
    if issubclass(cls, list):
        plan: object = _LIST
    elif issubclass(cls, tuple):
        plan = _TUPLE
    elif cls.__module__ != A.__name__:
        plan = _SKIP
    else:
        head = None
        if issubclass(cls, _MODULE_PATH_NODES):
            head = "module" if issubclass(cls, (A.SigOpen, A.POpen)) else "name"
        elif issubclass(cls, A.WithConstraint):
            head = "module"
        plan = (head, _slots(cls))
    _PLANS[cls] = plan
    return plan


def free_modules(node: object) -> set[str]:
    out: set[str] = set()
    stack = [node]
    pop = stack.pop
    push = stack.append
    plans = _PLANS
    while stack:
        x = pop()
        plan = plans.get(type(x))
        if plan is None:
            plan = _plan(type(x))
        if plan is _LIST:
            stack.extend(x)
        elif plan is _TUPLE:
            if x and all(type(s) is str for s in x):
                if len(x) > 1 and x[0][:1].isupper():
                    out.add(x[0])
            else:
                stack.extend(x)
        elif plan is not _SKIP:
            head, names = plan  # type: ignore[misc]
            if head is not None:
                name = getattr(x, head)
                if name:
                    out.add(name[0])
            for n in names:
                v = getattr(x, n, None)
                if v is not None:
                    push(v)
    return out
