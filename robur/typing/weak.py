"""``ocamlc -c`` refuses a unit whose signature keeps weak type variables;
this builds that error (``-i`` prints them instead)."""
from __future__ import annotations

from .errors import Text, TypingError
from .pformat import Doc
from .printtyp import Names, Session, print_type
from .types import GENERIC, VAR, SigModule, SigValue, MtySig, repr_


def _has_weak(t) -> bool:
    stack = [t]
    seen = set()
    while stack:
        x = repr_(stack.pop())
        if x.id in seen:
            continue
        seen.add(x.id)
        if x.kind == VAR and x.level != GENERIC:
            return True
        stack.extend(x.args)
    return False


def first_weak_item(items):
    for it in items:
        if isinstance(it, SigValue) and _has_weak(it.desc.type):
            return it
        if isinstance(it, SigModule) and isinstance(it.mty, MtySig):
            if first_weak_item(it.mty.items) is not None:
                return it
    return None


def weak_error(items, typed=None) -> TypingError | None:
    """ocamlc -c's error for the first item keeping weak variables: a value,
    or a module (then its whole signature is shown)."""
    it = first_weak_item(items)
    if it is None:
        return None
    d = Doc()
    session = Session()
    from .includemod import _Prerendered
    if isinstance(it, SigValue):
        names = Names(session, scheme=True)
        d.fmt("@[The type of this expression,@ %a,@ contains type variables that cannot be generalized@]",
              lambda dd, t: print_type(dd, t, names), it.desc.type)
        return TypingError(it.desc.loc, Text(_Prerendered(d)))
    from .printtyp import print_mty
    d.fmt("@[The type of this module,@ %a,@ contains type variables that cannot be generalized@]",
          lambda dd, m: print_mty(dd, m, session), it.mty)
    loc = _module_item_loc(typed, it.id)
    return TypingError(loc, Text(_Prerendered(d)))


def _module_item_loc(typed, ident):
    from ..syntax.location import NOWHERE
    from .typecore import full_loc
    if typed is not None:
        for ti in typed.items:
            if ti.kind == "SModule" and ti.info is ident:
                return full_loc(ti.ast)
    return NOWHERE
