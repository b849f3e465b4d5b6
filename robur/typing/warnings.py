"""Warnings found while typing expressions (not pattern analysis, which is
exhaustive.py): statements whose value is dropped."""
from __future__ import annotations

from ..syntax.location import Diagnostic
from . import predef
from .types import ARROW, CONSTR
from .unify import expand_head


def statement_warning(ctx, te) -> None:
    """Warning 10/5 for ``e1; e2`` when e1 is not of type unit, located at
    e1's final sub-expression (after its lets and sequences), as OCaml."""
    from .typecore import _result_loc
    loc = _result_loc(te.ast)
    while te.kind in ("Let", "LetOpen", "LetModule", "LetException", "Sequence"):
        te = te.children[-1] if te.kind != "LetModule" else te.children[1]
    t = expand_head(te.type)
    if t.kind == ARROW:
        if te.kind == "Apply":
            ctx.warnings.append(Diagnostic(loc, "Warning 5 [ignored-partial-application]",
                                           "this function application is partial,\nmaybe some arguments are missing."))
        else:
            ctx.warnings.append(Diagnostic(loc, "Warning 10 [non-unit-statement]",
                                           "this expression should have type unit."))
    elif t.kind == CONSTR and t.path is not predef.path_unit:
        ctx.warnings.append(Diagnostic(loc, "Warning 10 [non-unit-statement]",
                                       "this expression should have type unit."))
