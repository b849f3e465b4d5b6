"""Type expressions written by the user (annotations, declarations) into
semantic types (OCaml's typetexp.ml)."""
from __future__ import annotations

from typing import Optional

from ..syntax import ast as A
from .env import Env
from .errors import Text, TypeArity, TypingError
from .lookup import lookup
from .types import ARROW, CONSTR, TUPLE, Type
from .unify import LEVELS, newvar


class TypeVars:
    """Named type variables in scope: for an annotation, the variables of the
    enclosing toplevel definition (created on first use); for a
    declaration, exactly its parameters (``closed``)."""

    def __init__(self, closed: bool = False, generic_level: Optional[int] = None):
        self.vars: dict[str, Type] = {}
        self.closed = closed
        self.level = generic_level     # declarations build generic types

    def get(self, name: str, loc) -> Type:
        t = self.vars.get(name)
        if t is None:
            if self.closed:
                raise TypingError(loc, Text(f"The type variable '{name} is unbound in this type declaration. "))
            t = self.new(name)
            self.vars[name] = t
        return t

    def new(self, name: str | None = None) -> Type:
        if self.level is not None:
            return Type(0, self.level, name=name)
        return newvar(name)


def transl_type(env: Env, te: A.TypeExpr, tv: TypeVars) -> Type:
    level = tv.level if tv.level is not None else LEVELS.current
    if isinstance(te, A.TVar):
        return tv.get(te.name, te.loc)
    if isinstance(te, A.TAny):
        if tv.closed:
            return tv.new()
        return tv.new()
    if isinstance(te, A.TArrow):
        a = transl_type(env, te.arg, tv)
        r = transl_type(env, te.result, tv)
        return Type(ARROW, level, [a, r])
    if isinstance(te, A.TTuple):
        return Type(TUPLE, level, [transl_type(env, t, tv) for t in te.items])
    if isinstance(te, A.TConstr):
        # lookup's own first step for a short name; the location it would
        # report an error at is only computed when it is needed
        got = env.lookup("t", te.name[0]) if len(te.name) == 1 else None
        if got is not None and not isinstance(got, list):
            path, decl = got
        else:
            from .typecore import name_loc_at_end
            path, decl = lookup(env, "t", te.name, name_loc_at_end(None, te.loc, te.name) if te.loc.line == te.loc.end_line else te.loc)
        if len(te.args) != decl.arity:
            raise TypingError(te.loc, TypeArity(".".join(te.name), decl.arity, len(te.args)))
        args = [transl_type(env, t, tv) for t in te.args]
        return Type(CONSTR, level, args, path)
    if isinstance(te, A.TAlias):
        t = transl_type(env, te.type, tv)
        from .unify import unify, Unify
        v = tv.get(te.name, te.loc)
        try:
            unify(t, v)
        except Unify:
            raise TypingError(te.loc, Text(f"This alias is bound to type which is not compatible")) from None
        return t
    if isinstance(te, A.TPoly):
        # 'a. t: treated as its body with fresh variables (explicit
        # polymorphism is only accepted where OCaml requires nothing more)
        inner = TypeVars(tv.closed, tv.level)
        inner.vars = dict(tv.vars)
        for v in te.vars:
            inner.vars[v] = inner.new(v)
        return transl_type(env, te.type, inner)
    raise TypingError(te.loc, Text("This type expression is not supported"))
