"""Typing expressions and patterns (OCaml's typecore.ml): Hindley-Milner
with levels, the relaxed value restriction, expected types propagated
inwards (so errors point where OCaml points) and type-directed
disambiguation of constructors and record labels."""
from __future__ import annotations

from typing import Optional

from ..syntax import ast as A
from ..syntax.location import Diagnostic, Location
from . import predef
from .env import Env, LookupError_, constructors_of, find_type, labels_of
from .errors import (ConstructorArity, Mismatch, NotAFunction, Text, TooManyArguments, TypesText,
                     TypingError)
from .lookup import lookup, lookup_all
from .exhaustive import check_match, check_unused_only
from .typedtree import TBinding, TCase, TExpr, TPat
from .types import GENERIC as GENERIC_LEVEL
from .types import (ARROW, CONSTR, TUPLE, VAR, ConstrDesc, Ident, LabelDesc, Type, ValueDesc,
                    repr_)
from .typetexp import TypeVars, transl_type
from .unify import (LEVELS, Unify, _copy, _unify, expand_head, generalize, generalize_structure, instance,
                    instance_list, lower_contravariant, newty, newvar, unify)


class Ctx:
    """Per-unit typing state: warnings, and the named type variables of the
    current toplevel definition."""

    def __init__(self, file: str = "_none_", source: str = ""):
        self.file = file
        self.source = source
        self.warnings: list[Diagnostic] = []
        self.tvars = TypeVars()
        self.nonrec_defs: list[tuple[str, int]] = []   # for the "add 'rec'" hint
        # Warning 26: local let-bound variables never used (reported at the
        # end of the unit, in order of definition, as ocamlc does)
        self.unused_candidates: list[tuple[Ident, Location]] = []
        self.used: set[int] = set()
        self.defining: set[int] = set()
        self.unused_warnings: list[Diagnostic] = []
        # idents to reuse for the variables of a re-typed toplevel ``let``
        self.ident_hint: Optional[dict[str, Ident]] = None

    def flush_unused(self) -> list[Diagnostic]:
        out = [Diagnostic(loc, "Warning 26 [unused-var]", f"unused variable {ident.name}.")
               for ident, loc in self.unused_candidates if ident.stamp not in self.used]
        self.unused_candidates = []
        return out


def sub_loc(ctx: "Ctx | None", loc: Location, start: int, end: int) -> Location:
    """The location of [start, end) inside ``loc`` (a name inside a node)."""
    if ctx is not None and ctx.source and start <= len(ctx.source):
        line = ctx.source.count("\n", 0, start) + 1
        col = start - (ctx.source.rfind("\n", 0, start) + 1)
        end_line = line + ctx.source.count("\n", start, end)
        return Location(loc.file, start, end, line, col, end_line)
    return Location(loc.file, start, end, loc.line, loc.col + (start - loc.start), loc.line)


def full_loc(node) -> Location:
    """The location of a node up to the end of its last sub-node.  The
    parser ends ``match``/``function``/``try`` (and what encloses them) at
    ``with``; OCaml's locations cover the cases."""
    from ..syntax.location import span
    from .deps import _slots
    loc = node.loc
    end = loc
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, list):
            stack.extend(x)
            continue
        if isinstance(x, tuple):
            stack.extend(v for v in x if not isinstance(v, str))
            continue
        l = getattr(x, "loc", None)
        if isinstance(l, Location) and l.file == loc.file and l.end > end.end:
            end = l
        if type(x).__module__ == A.__name__:
            for f in _slots(type(x)):
                v = getattr(x, f, None)
                if v is not None and not isinstance(v, (str, int, bool, float)):
                    stack.append(v)
    return loc if end is loc else span(loc, end)


def name_loc_at_start(ctx, loc: Location, lid, node=None) -> Location:
    """Where a constructor's name is written.  For ``::`` OCaml uses, in a
    list literal, the span from the first element to the end, and the
    ``::`` token itself in ``x :: l``."""
    if lid == ("::",) and node is not None and isinstance(node.arg, (A.Tuple, A.PTuple)) \
            and len(node.arg.items) == 2:
        first, rest = node.arg.items
        if ctx is not None and ctx.source and first.loc.start > loc.start \
                and ctx.source[loc.start:first.loc.start].lstrip("( \t\n").startswith("["):
            end = loc.end
            while end > first.loc.end and ctx.source[end - 1] in ") \t\n":
                end -= 1      # OCaml's span ends at the list's "]"
            return sub_loc(ctx, loc, first.loc.start, end)
        if ctx is not None and ctx.source:
            i = ctx.source.find("::", first.loc.end, rest.loc.start)
            if i >= 0:
                return sub_loc(ctx, loc, i, i + 2)
    return sub_loc(ctx, loc, loc.start, loc.start + len(".".join(lid)))


def name_loc_at_end(ctx, loc: Location, lid) -> Location:
    return sub_loc(ctx, loc, loc.end - len(".".join(lid)), loc.end)


def label_loc(ctx, loc: Location, lid, nth: int = 0) -> Location:
    """Where a record label is written inside a record expression/pattern."""
    import re
    if ctx is not None and ctx.source:
        text = ctx.source[loc.start:loc.end]
        pat = re.compile(r"(?<![\w.'])" + re.escape(".".join(lid)) + r"(?![\w'])")
        found = [m.start() for m in pat.finditer(text)]
        if found:
            i = found[min(nth, len(found) - 1)]
            return sub_loc(ctx, loc, loc.start + i, loc.start + i + len(".".join(lid)))
    return loc


def unify_at(loc: Location, got: Type, expected: Type, what: str = "expression",
             because: str = "") -> None:
    try:
        _unify(got, expected)           # unify, inline
    except Unify as u:
        u.trace.insert(0, (got, expected))
        raise TypingError(loc, Mismatch(u, what, because)) from None


# -- constants ---------------------------------------------------------------------

def constant_type(c: A.Constant) -> Type:
    if isinstance(c, A.ConstInt):
        p = {None: predef.path_int, "l": predef.path_int32, "L": predef.path_int64,
             "n": predef.path_nativeint}[c.suffix]
        return newty(CONSTR, [], p)
    if isinstance(c, A.ConstFloat):
        return newty(CONSTR, [], predef.path_float)
    if isinstance(c, A.ConstChar):
        return newty(CONSTR, [], predef.path_char)
    return newty(CONSTR, [], predef.path_string)


def is_format_expected(expected: Type) -> bool:
    e = expand_head(expected)
    return e.kind == CONSTR and e.path is predef.path_format6


# -- disambiguation ----------------------------------------------------------------

def _expected_path(expected: Optional[Type]):
    if expected is None:
        return None
    e = expand_head(expected)
    if e.kind == CONSTR:
        return e.path, e
    return None


def _force(loc) -> Location:
    return loc() if callable(loc) else loc


def find_constructor(env: Env, lid: A.LongIdent, loc, expected: Optional[Type],
                     what: str = "expression") -> ConstrDesc:
    """``loc`` may be a function computing the location (only on error)."""
    if len(lid) == 1:
        ep = _expected_path(expected)
        if ep is not None:
            path, t = ep
            try:
                decl = find_type(path)
            except LookupError_:
                decl = None
            if decl is not None:
                for c in constructors_of(path, decl):
                    if c.name == lid[0]:
                        return c
                if decl.kind == "variant" or (path is predef.path_exn and env.lookup("c", lid[0]) is None):
                    from .errors import NotInType
                    from .lookup import _hints
                    raise TypingError(_force(loc), NotInType(what, t, lid[0], _hints(env.names("c"), lid[0])))
    if len(lid) == 1:
        got = env.lookup("c", lid[0])
        if got is not None:
            return got
    return lookup_all(env, "c", lid, _force(loc))[0]


def find_label(env: Env, lid: A.LongIdent, loc, expected: Optional[Type],
               what: str = "") -> LabelDesc:
    if len(lid) == 1:
        ep = _expected_path(expected)
        if ep is not None:
            path, t = ep
            try:
                decl = find_type(path)
            except LookupError_:
                decl = None
            if decl is not None:
                for l in labels_of(path, decl):
                    if l.name == lid[0]:
                        return l
                if what and decl.kind == "record":
                    from .errors import NotInType
                    raise TypingError(_force(loc), NotInType(what, t, lid[0], kind="field"))
    if len(lid) == 1:
        got = env.lookup("l", lid[0])
        if got is not None:
            return got
    return lookup_all(env, "l", lid, _force(loc))[0]


def instance_constructor(c: ConstrDesc) -> tuple[Type, list[Type]]:
    # instance_list([c.res] + c.args), split
    memo: dict = {}
    level = LEVELS.current
    res = _copy(c.res, memo, level)
    return res, [_copy(a, memo, level) for a in c.args]


def instance_label(l: LabelDesc) -> tuple[Type, Type]:
    # instance_list([l.res, l.arg])
    memo: dict = {}
    level = LEVELS.current
    res = _copy(l.res, memo, level)
    return res, _copy(l.arg, memo, level)


# -- patterns ----------------------------------------------------------------------

class PatVars:
    def __init__(self) -> None:
        self.vars: dict[str, tuple[Ident, Type, Location]] = {}


def type_pat(ctx: Ctx, env: Env, p: A.Pattern, expected: Type, pv: PatVars) -> TPat:
    k = type(p)
    if k is A.PAny:
        return TPat("PAny", p, expected)
    if k is A.PVar:
        if ctx.ident_hint:
            ident = ctx.ident_hint.pop(p.name, None)
            if ident is not None:
                if p.name in pv.vars:
                    raise TypingError(p.loc, Text(f"Variable {p.name} is bound several times in this matching"))
                pv.vars[p.name] = (ident, expected, p.loc)
                return TPat("PVar", p, expected, [], ident)
        return _bind_var(p, p.name, expected, pv, "PVar")
    if k is A.PAlias:
        inner = type_pat(ctx, env, p.pat, expected, pv)
        # OCaml's build_as_type: ``(Error _ as e)`` gets a type of its own,
        # with fresh parameters where the sub-patterns do not fix them
        tp = _bind_var(p, p.name, build_as_type(inner), pv, "PAlias")
        tp.type = expected
        tp.children = [inner]
        return tp
    if k is A.PConst:
        if isinstance(p.value, A.ConstString) and is_format_expected(expected):
            t = constant_type(p.value)
        else:
            t = constant_type(p.value)
        unify_at(p.loc, t, expected, "pattern")
        return TPat("PConst", p, expected, [], p.value)
    if k is A.PInterval:
        t = constant_type(p.low)
        unify_at(p.loc, t, expected, "pattern")
        return TPat("PInterval", p, expected)
    if k is A.PTuple:
        items = [newvar() for _ in p.items]
        unify_at(p.loc, newty(TUPLE, items), expected, "pattern")
        return TPat("PTuple", p, expected, [type_pat(ctx, env, q, t, pv) for q, t in zip(p.items, items)])
    if k is A.PConstruct:
        c = find_constructor(env, p.name, lambda: name_loc_at_start(ctx, p.loc, p.name, p), expected, "pattern")
        res, args = instance_constructor(c)
        unify_at(p.loc, res, expected, "pattern")
        subs = _constructor_args(p.arg, len(args), c, p.loc, pattern=True)
        children = [type_pat(ctx, env, q, t, pv) for q, t in zip(subs, args)]
        return TPat("PConstruct", p, expected, children, c)
    if k is A.PRecord:
        return _type_record_pat(ctx, env, p, expected, pv)
    if k is A.PArray:
        elt = newvar()
        unify_at(p.loc, predef.t_array(elt), expected, "pattern")
        return TPat("PArray", p, expected, [type_pat(ctx, env, q, elt, pv) for q in p.items])
    if k is A.POr:
        left_vars = PatVars()
        left = type_pat(ctx, env, p.left, expected, left_vars)
        right_vars = PatVars()
        right = type_pat(ctx, env, p.right, expected, right_vars)
        for name in list(left_vars.vars) + list(right_vars.vars):
            if name not in left_vars.vars or name not in right_vars.vars:
                raise TypingError(p.loc, Text(f"Variable {name} must occur on both sides of this | pattern"))
        for name, (ident, t, loc) in left_vars.vars.items():
            _, t2, loc2 = right_vars.vars[name]
            unify_at(loc2, t2, t, "pattern")
            if name in pv.vars:
                raise TypingError(loc, Text(f"Variable {name} is bound several times in this matching"))
            pv.vars[name] = (ident, t, loc)
        return TPat("POr", p, expected, [left, right], {n: v[0] for n, v in left_vars.vars.items()})
    if k is A.PConstraint:
        # As OCaml's solve_Ppat_constraint: the annotation is built one level
        # up and its structure made generic; the sub-pattern (the variable)
        # gets that type, the pattern an instance of it.  Uses of the
        # variable then copy the annotation instead of sharing its nodes.
        LEVELS.enter()
        t = transl_type(env, p.type, ctx.tvars)
        LEVELS.leave()
        generalize_structure(t)
        ti = instance(t)
        unify_at(p.loc, ti, expected, "pattern")
        inner = type_pat(ctx, env, p.pat, t, pv)
        return TPat("PConstraint", p, expected, [inner])
    if k is A.PException:
        inner = type_pat(ctx, env, p.pat, predef.t_exn(), pv)
        return TPat("PException", p, expected, [inner])
    if k is A.PLazy:
        a = newvar()
        unify_at(p.loc, predef.t_lazy(a), expected, "pattern")
        return TPat("PLazy", p, expected, [type_pat(ctx, env, p.pat, a, pv)])
    if k is A.POpen:
        from .typemod import open_module_env
        env2 = open_module_env(env, p.module, p.loc)
        return type_pat(ctx, env2, p.pat, expected, pv)
    raise TypingError(p.loc, Text("This pattern is not supported"))


def build_as_type(tp: TPat) -> Type:
    k = tp.kind
    if k == "PAlias":
        return build_as_type(tp.children[0])
    if k == "PTuple":
        return newty(TUPLE, [build_as_type(c) for c in tp.children])
    if k == "PConstruct":
        c: ConstrDesc = tp.info  # type: ignore[assignment]
        if c.decl is None or (c.decl is not None and c.decl.private):
            return tp.type
        res, args = instance_constructor(c)
        for sub, a in zip(tp.children, args):
            try:
                unify(build_as_type(sub), a)
            except Unify:
                return tp.type
        return res
    if k == "POr":
        t1 = build_as_type(tp.children[0])
        t2 = build_as_type(tp.children[1])
        try:
            unify(t2, t1)
        except Unify:
            return tp.type
        return t1
    return tp.type


def _bind_var(p: A.Pattern, name: str, t: Type, pv: PatVars, kind: str) -> TPat:
    if name in pv.vars:
        raise TypingError(p.loc, Text(f"Variable {name} is bound several times in this matching"))
    ident = Ident(name)
    pv.vars[name] = (ident, t, p.loc)
    return TPat(kind, p, t, [], ident)


def _constructor_args(arg, n: int, c: ConstrDesc, loc: Location, pattern: bool) -> list:
    if arg is None:
        if n != 0:
            raise TypingError(loc, ConstructorArity(c.name, n, 0))
        return []
    if n == 0:
        if pattern and isinstance(arg, A.PAny):
            return []
        raise TypingError(loc, ConstructorArity(c.name, 0, 1))
    if n == 1:
        return [arg]
    if pattern and isinstance(arg, A.PAny):
        return [A.PAny(loc=arg.loc) for _ in range(n)]
    items = arg.items if isinstance(arg, (A.PTuple, A.Tuple)) else None
    if items is None or len(items) != n:
        raise TypingError(loc, ConstructorArity(c.name, n, len(items) if items is not None else 1))
    return list(items)


def _type_record_pat(ctx: Ctx, env: Env, p: A.PRecord, expected: Type, pv: PatVars) -> TPat:
    first = find_label(env, p.fields[0][0], lambda: label_loc(ctx, p.loc, p.fields[0][0]), expected,
                       "record pattern")
    descs = [_label_of_type(env, lid, first, lambda lid=lid: label_loc(ctx, p.loc, lid), expected)
             for lid, _ in p.fields]
    res, _ = instance_label(first)
    unify_at(p.loc, res, expected, "pattern")
    children = []
    for (lid, q), l in zip(p.fields, descs):
        lres, larg = instance_label(l)
        unify_at(p.loc, lres, expected, "pattern")
        children.append(type_pat(ctx, env, q, larg, pv))
    return TPat("PRecord", p, expected, children, descs)


def _label_after(ctx, loc: Location, rec_loc: Location, lid) -> Location:
    """The label of ``r.f <- v``: the name after the record expression."""
    if ctx.source:
        i = ctx.source.find(lid[-1], rec_loc.end, loc.end)
        if i >= 0:
            j = i + len(lid[-1])
            k = j
            dotted = ".".join(lid)
            start = ctx.source.find(dotted, rec_loc.end, loc.end)
            if start >= 0:
                return sub_loc(ctx, loc, start, start + len(dotted))
            return sub_loc(ctx, loc, i, k)
    return loc


def _label_of_type(env: Env, lid, first: LabelDesc, loc, expected) -> LabelDesc:
    for l in labels_of(first.type_path, first.decl):
        if l.name == lid[-1]:
            return l
    loc = _force(loc)
    other = find_label(env, lid, loc, None)
    from .printtyp import path_name
    raise TypingError(loc, Text(
        f"@[<v>The record field {lid[-1]} belongs to the type {path_name(other.type_path)}@,"
        f"but is mixed here with fields of type {path_name(first.type_path)}@]"))


def add_pattern_vars(env: Env, pv: PatVars) -> Env:
    if not pv.vars:
        return env
    table = {("v", name): (ident, ValueDesc(t, loc=loc)) for name, (ident, t, loc) in pv.vars.items()}
    return env.push(table)


# -- expressions ----------------------------------------------------------------------

def type_exp(ctx: Ctx, env: Env, e: A.Expr) -> TExpr:
    expected = newvar()
    handler = _HANDLERS.get(type(e))    # type_expect, inline
    if handler is None:
        raise TypingError(e.loc, Text("This expression is not supported"))
    return handler(ctx, env, e, expected)


def type_expect(ctx: Ctx, env: Env, e: A.Expr, expected: Type) -> TExpr:
    k = type(e)
    handler = _HANDLERS.get(k)
    if handler is None:
        raise TypingError(e.loc, Text("This expression is not supported"))
    return handler(ctx, env, e, expected)


def _ident(ctx: Ctx, env: Env, e: A.Ident, expected: Type, got=None) -> TExpr:
    # ``got``: the caller's env.lookup of a short name (_apply's)
    if got is None:
        got = env.lookup("v", e.name[0]) if len(e.name) == 1 else None
    try:
        path, desc = got if got is not None else lookup(env, "v", e.name, e.loc)
    except TypingError as err:
        if len(e.name) == 1:
            for name, line in reversed(ctx.nonrec_defs):
                if name == e.name[0]:
                    err.err.rec_line = line  # type: ignore[attr-defined]
                    break
        raise
    if desc.deprecated is not None:
        from .printtyp import path_name
        name = path_name(path)
        if len(e.name) == 1 and isinstance(path, tuple) and path_name(path) == e.name[0]:
            name = "Stdlib." + name      # an opened Stdlib value, named in full as OCaml does
        ctx.warnings.append(Diagnostic(e.loc, "Alert deprecated",
                                       f"{name}\n{desc.deprecated}" if desc.deprecated else name))
    if isinstance(path, Ident) and path.stamp not in ctx.defining:
        ctx.used.add(path.stamp)
    t = _copy(desc.type, {}, LEVELS.current)     # instance
    try:
        _unify(t, expected)             # unify, inline
    except Unify as u:
        u.trace.insert(0, (t, expected))
        raise TypingError(e.loc, Mismatch(u)) from None
    return TExpr("Ident", e, t, [], (path, desc))


def _const(ctx: Ctx, env: Env, e: A.Const, expected: Type) -> TExpr:
    if isinstance(e.value, A.ConstString) and is_format_expected(expected):
        from .formats import type_format_expected
        t = type_format_expected(e.value.value, e.loc, expected)
        unify_at(e.loc, t, expected)
        return TExpr("Format", e, t, [], e.value)
    t = constant_type(e.value)
    try:
        _unify(t, expected)             # unify, inline
    except Unify as u:
        u.trace.insert(0, (t, expected))
        m = Mismatch(u)
        if isinstance(e.value, A.ConstInt) and e.value.suffix is None:
            ex = expand_head(expected)
            if ex.kind == CONSTR and ex.path is predef.path_float:
                m.hint = f"Did you mean `{e.value.text}.'?"
        raise TypingError(e.loc, m) from None
    return TExpr("Const", e, t, [], e.value)


def _tuple(ctx: Ctx, env: Env, e: A.Tuple, expected: Type) -> TExpr:
    items = [newvar() for _ in e.items]
    t = newty(TUPLE, items)
    unify_at(e.loc, t, expected)
    return TExpr("Tuple", e, t, [type_expect(ctx, env, x, ty) for x, ty in zip(e.items, items)])


def _construct(ctx: Ctx, env: Env, e: A.Construct, expected: Type) -> TExpr:
    c = find_constructor(env, e.name, lambda: name_loc_at_start(ctx, e.loc, e.name, e), expected)
    subs = _constructor_args(e.arg, len(c.args), c, e.loc, pattern=False)
    res, args = instance_constructor(c)
    unify_at(e.loc, res, expected)
    children = [type_expect(ctx, env, x, t) for x, t in zip(subs, args)]
    return TExpr("Construct", e, res, children, c)


def _split_function(loc: Location, expected: Type, outer: Optional[tuple]) -> tuple[Type, Type]:
    ex = expand_head(expected)
    if ex.kind == ARROW:
        return ex.args[0], ex.args[1]
    if ex.kind == VAR:
        a, r = newvar(), newvar()
        unify_at(loc, newty(ARROW, [a, r]), expected)
        return a, r
    if outer is not None:
        oloc, oty = outer
        raise TypingError(oloc, TypesText(["This function expects too many arguments,@ it should have type@ ", oty]))
    from .errors import NotFunctionExpected
    raise TypingError(loc, NotFunctionExpected(expected))


def _fun(ctx: Ctx, env: Env, e: A.Fun, expected: Type, outer: Optional[tuple] = None) -> TExpr:
    a, r = _split_function(e.loc, expected, outer)
    pv = PatVars()
    pat = type_pat(ctx, env, e.param, a, pv)
    env2 = add_pattern_vars(env, pv)
    if isinstance(e.body, A.Fun) and not e.body.attrs:
        body = _fun(ctx, env2, e.body, r, outer or (e.loc, expected))
    else:
        body = type_expect(ctx, env2, e.body, r)
    t = newty(ARROW, [a, r])
    check_match(ctx, [TCase(pat, None, body)], a, e.loc, partial_ok=False, kind="fun",
                locf=lambda: full_loc(e))
    return TExpr("Fun", e, t, [TCase(pat, None, body)])


def type_cases(ctx: Ctx, env: Env, cases: list[A.Case], ty_arg: Type, ty_res: Type) -> list[TCase]:
    # As OCaml: every pattern first, then the guards and bodies
    typed = []
    for c in cases:
        pv = PatVars()
        pat = type_pat(ctx, env, c.pat, ty_arg, pv)
        typed.append((pat, add_pattern_vars(env, pv)))
    out = []
    for c, (pat, env2) in zip(cases, typed):
        guard = type_expect(ctx, env2, c.guard, predef.t_bool()) if c.guard is not None else None
        body = type_expect(ctx, env2, c.body, ty_res)
        out.append(TCase(pat, guard, body))
    return out


def _function(ctx: Ctx, env: Env, e: A.Function, expected: Type) -> TExpr:
    a, r = _split_function(e.loc, expected, None)
    cases = type_cases(ctx, env, e.cases, a, r)
    check_match(ctx, cases, a, e.loc, kind="function", locf=lambda: full_loc(e))
    return TExpr("Function", e, newty(ARROW, [a, r]), cases)


def _match(ctx: Ctx, env: Env, e: A.Match, expected: Type) -> TExpr:
    scrut = type_exp(ctx, env, e.scrutinee)
    cases = type_cases(ctx, env, e.cases, scrut.type, expected)
    check_match(ctx, cases, scrut.type, e.loc, kind="match", locf=lambda: full_loc(e))
    return TExpr("Match", e, expected, [scrut] + cases)


def _try(ctx: Ctx, env: Env, e: A.Try, expected: Type) -> TExpr:
    body = type_expect(ctx, env, e.body, expected)
    cases = type_cases(ctx, env, e.cases, predef.t_exn(), expected)
    check_unused_only(ctx, cases, predef.t_exn())
    return TExpr("Try", e, expected, [body] + cases)


def _is_inferred(e: A.Expr) -> bool:
    if isinstance(e, (A.Ident, A.Apply, A.Field, A.Constraint)):
        return True
    if isinstance(e, A.Sequence):
        return _is_inferred(e.second)
    if isinstance(e, A.LetOpen):
        return _is_inferred(e.body)
    if isinstance(e, A.IfThenElse):
        return e.else_ is not None and _is_inferred(e.then) and _is_inferred(e.else_)
    return False


def _prim_of(env: Env, e: A.Expr) -> str:
    if isinstance(e, A.Ident):
        got = env.lookup("v", e.name[0]) if len(e.name) == 1 else None
        if got is not None and got[1].prims:
            return got[1].prims[0]
    return ""


def _extra_args_from(desc_type: Type) -> int:
    """How many arguments a function of this scheme uses before its result
    is a variable occurring nowhere else (``raise : exn -> 'a``): later
    arguments are ignored (Warning 20).  -1 when there is no such point."""
    from .unify import free_vars
    n = 0
    t = repr_(desc_type)
    while t.kind == ARROW:
        n += 1
        t = repr_(t.args[1])
        if t.kind == VAR and t.level == GENERIC_LEVEL:
            occurrences = 0
            stack = [desc_type]
            while stack:
                x = repr_(stack.pop())
                if x is t:
                    occurrences += 1
                stack.extend(x.args)
            return n if occurrences == 1 else -1
    return -1


def _apply(ctx: Ctx, env: Env, e: A.Apply, expected: Type) -> TExpr:
    # OCaml rewrites ``x |> f`` and ``f @@ x`` as ``f x`` when f is an
    # identifier or an application: f is typed first.
    got = None          # the lookup of a short-named function, for _ident
    if len(e.args) == 2:
        f = e.fn
        # _prim_of(env, f), keeping the lookup
        prim = ""
        if isinstance(f, A.Ident) and len(f.name) == 1:
            got = env.lookup("v", f.name[0])
            if got is not None and got[1].prims:
                prim = got[1].prims[0]
        if prim == "%revapply" and _is_inferred(e.args[1]):
            e = A.Apply(fn=e.args[1], args=[e.args[0]], loc=e.loc)
        elif prim == "%apply" and _is_inferred(e.args[0]):
            e = A.Apply(fn=e.args[0], args=[e.args[1]], loc=e.loc)
    # As OCaml: first find the expected type of every argument from the
    # function's type (instantiating type variables as arrows), then type
    # the arguments against them.
    if got is not None and e.fn is f and type(f) is A.Ident:
        fn = _ident(ctx, env, f, newvar(), got)         # type_exp, the lookup done
    else:
        fn = type_exp(ctx, env, e.fn)
    t = fn.type
    params: list[Type] = []
    extra_from = None
    for i, arg in enumerate(e.args):
        ex = expand_head(t)
        if ex.kind == ARROW:
            params.append(ex.args[0])
            t = ex.args[1]
        elif ex.kind == VAR:
            if extra_from is None:
                extra_from = _extra_args_from(fn.info[1].type) if fn.kind == "Ident" else -1
            if 0 < extra_from <= i and _prim_of(env, e.fn) != "%identity":
                ctx.warnings.append(Diagnostic(arg.loc, "Warning 20 [ignored-extra-argument]",
                                               "this argument will not be used by the function."))
            a, r = newvar(), newvar()
            unify(ex, newty(ARROW, [a, r]))
            params.append(a)
            t = r
        else:
            if i == 0:
                raise TypingError(e.fn.loc, NotAFunction(fn.type))
            raise TypingError(e.fn.loc, TooManyArguments(fn.type))
    args = [type_expect(ctx, env, arg, p) for arg, p in zip(e.args, params)]
    try:
        _unify(t, expected)             # unify, inline
    except Unify as u:
        u.trace.insert(0, (t, expected))
        ex, et = expand_head(t), expand_head(expected)
        if ex.kind == ARROW and et.kind not in (ARROW, VAR):
            ctx.warnings.append(Diagnostic(e.loc, "Warning 5 [ignored-partial-application]",
                                           "this function application is partial,\nmaybe some arguments are missing."))
        raise TypingError(e.loc, Mismatch(u)) from None
    return TExpr("Apply", e, t, [fn] + args)


def _let(ctx: Ctx, env: Env, e: A.Let, expected: Type) -> TExpr:
    bindings, env2 = type_let(ctx, env, e.rec, e.bindings, e.loc, e)
    for tb in bindings:
        p = tb.pat
        while p.kind == "PConstraint":
            p = p.children[0]
        if p.kind == "PVar" and not p.info.name.startswith("_"):
            ctx.unused_candidates.append((p.info, p.loc))
    body = type_expect(ctx, env2, e.body, expected)
    return TExpr("Let", e, body.type, [body], bindings)


def _record(ctx: Ctx, env: Env, e: A.Record, expected: Type) -> TExpr:
    base = type_exp(ctx, env, e.base) if e.base is not None else None
    hint = expected
    if base is not None and _expected_path(expected) is None:
        hint = base.type
    first = find_label(env, e.fields[0][0], lambda: label_loc(ctx, e.loc, e.fields[0][0]), hint,
                       "record expression")
    descs = []
    seen = set()
    for lid, x in e.fields:
        l = _label_of_type(env, lid, first, lambda lid=lid: label_loc(ctx, e.loc, lid), expected)
        if l.name in seen:
            raise TypingError(e.loc, Text(f"The record field label {l.name} is defined several times"))
        seen.add(l.name)
        descs.append(l)
    res, _ = instance_label(first)
    try:
        unify(res, expected)
    except Unify as u:
        raise TypingError(e.loc, Mismatch(u, style="record")) from None
    if base is not None:
        unify_at(e.base.loc, base.type, res)
    children = []
    for (lid, x), l in zip(e.fields, descs):
        lres, larg = instance_label(l)
        unify_at(e.loc, lres, res)
        children.append(type_expect(ctx, env, x, larg))
    if base is not None and len(seen) == len(first.all):
        ctx.warnings.append(Diagnostic(e.loc, "Warning 23 [useless-record-with]",
                                       "all the fields are explicitly listed in this record:\n"
                                       "the 'with' clause is useless."))
    if base is None and len(seen) != len(first.all):
        missing = [n for n in first.all if n not in seen]
        raise TypingError(e.loc, Text("Some record fields are undefined: " + " ".join(missing)))
    return TExpr("Record", e, res, ([base] if base else []) + children, descs)


def _field(ctx: Ctx, env: Env, e: A.Field, expected: Type) -> TExpr:
    rec = type_exp(ctx, env, e.record)
    l = find_label(env, e.name, lambda: name_loc_at_end(ctx, e.loc, e.name), rec.type)
    lres, larg = instance_label(l)
    unify_at(e.record.loc, rec.type, lres)
    unify_at(e.loc, larg, expected)
    return TExpr("Field", e, larg, [rec], l)


def _setfield(ctx: Ctx, env: Env, e: A.SetField, expected: Type) -> TExpr:
    rec = type_exp(ctx, env, e.record)
    l = find_label(env, e.name, lambda: _label_after(ctx, e.loc, e.record.loc, e.name), rec.type)
    lres, larg = instance_label(l)
    unify_at(e.record.loc, rec.type, lres)
    v = type_expect(ctx, env, e.value, larg)
    if not l.mutable:
        raise TypingError(e.loc, Text(f"The record field {l.name} is not mutable"))
    t = predef.t_unit()
    unify_at(e.loc, t, expected)
    return TExpr("SetField", e, t, [rec, v], l)


def _array(ctx: Ctx, env: Env, e: A.Array, expected: Type) -> TExpr:
    elt = newvar()
    t = predef.t_array(elt)
    unify_at(e.loc, t, expected)
    return TExpr("Array", e, t, [type_expect(ctx, env, x, elt) for x in e.items])


def _ite(ctx: Ctx, env: Env, e: A.IfThenElse, expected: Type) -> TExpr:
    cond = _type_bool(ctx, env, e.cond, "because it is in the condition of an if-statement")
    if e.else_ is None:
        then = type_expect_because(ctx, env, e.then, predef.t_unit(),
                                   "because it is in the result of a conditional with no else branch")
        t = predef.t_unit()
        unify_at(e.loc, t, expected)
        return TExpr("IfThenElse", e, t, [cond, then])
    then = type_expect(ctx, env, e.then, expected)
    els = type_expect(ctx, env, e.else_, expected)
    return TExpr("IfThenElse", e, expected, [cond, then, els])


def type_expect_because(ctx: Ctx, env: Env, e: A.Expr, expected: Type, because: str) -> TExpr:
    try:
        return type_expect(ctx, env, e, expected)
    except TypingError as err:
        from .errors import NotInType
        if isinstance(err.err, Mismatch) and not err.err.because and err.loc == _result_loc(e):
            err.err.because = because
        elif isinstance(err.err, NotInType) and not err.err.because \
                and expand_head(err.err.type) is expand_head(expected):
            err.err.because = because
        else:
            from .errors import NotFunctionExpected
            if isinstance(err.err, NotFunctionExpected) and not err.err.because \
                    and err.loc == _result_loc(e):
                err.err.because = because
        raise


def _result_loc(e: A.Expr) -> Location:
    """Where a mismatch with the expected type of ``e`` is reported."""
    while True:
        if isinstance(e, (A.Let, A.LetOpen, A.LetModule, A.LetException)):
            e = e.body
        elif isinstance(e, A.Sequence):
            e = e.second
        else:
            return e.loc


def _type_bool(ctx: Ctx, env: Env, e: A.Expr, because: str) -> TExpr:
    return type_expect_because(ctx, env, e, predef.t_bool(), because)


def type_statement(ctx: Ctx, env: Env, e: A.Expr) -> TExpr:
    # typed one level up, as OCaml: a result type that is a variable of that
    # level came from nowhere (raise, exit...): the statement never returns
    LEVELS.enter()
    try:
        te = type_exp(ctx, env, e)
    finally:
        LEVELS.leave()
    t = expand_head(te.type)
    if t.kind == VAR and t.level > LEVELS.current:
        ctx.warnings.append(Diagnostic(_result_loc(e), "Warning 21 [nonreturning-statement]",
                                       "this statement never returns (or has an unsound type.)"))
        return te
    from .warnings import statement_warning
    statement_warning(ctx, te)
    return te


def _sequence(ctx: Ctx, env: Env, e: A.Sequence, expected: Type) -> TExpr:
    first = type_statement(ctx, env, e.first)
    second = type_expect(ctx, env, e.second, expected)
    return TExpr("Sequence", e, second.type, [first, second])


def _while(ctx: Ctx, env: Env, e: A.While, expected: Type) -> TExpr:
    cond = _type_bool(ctx, env, e.cond, "because it is in the condition of a while-loop")
    body = type_statement(ctx, env, e.body)
    t = predef.t_unit()
    unify_at(e.loc, t, expected)
    return TExpr("While", e, t, [cond, body])


def _for(ctx: Ctx, env: Env, e: A.For, expected: Type) -> TExpr:
    start = type_expect_because(ctx, env, e.start, predef.t_int(), "because it is in a for-loop start index")
    stop = type_expect_because(ctx, env, e.stop, predef.t_int(), "because it is in a for-loop stop index")
    ident = None
    env2 = env
    if isinstance(e.var, A.PVar):
        ident = Ident(e.var.name)
        env2 = env.add_value(e.var.name, ident, ValueDesc(predef.t_int(), loc=e.var.loc))
    body = type_statement(ctx, env2, e.body)
    t = predef.t_unit()
    unify_at(e.loc, t, expected)
    return TExpr("For", e, t, [start, stop, body], ident)


def _constraint(ctx: Ctx, env: Env, e: A.Constraint, expected: Type) -> TExpr:
    t = transl_type(env, e.type, ctx.tvars)
    inner = type_expect(ctx, env, e.expr, t)
    unify_at(e.loc, t, expected)
    return TExpr("Constraint", e, t, [inner])


def _assert(ctx: Ctx, env: Env, e: A.Assert, expected: Type) -> TExpr:
    if isinstance(e.expr, A.Construct) and e.expr.name == ("false",) and e.expr.arg is None:
        return TExpr("AssertFalse", e, expected)
    cond = _type_bool(ctx, env, e.expr, "because it is in the condition of an assertion")
    t = predef.t_unit()
    unify_at(e.loc, t, expected)
    return TExpr("Assert", e, t, [cond])


def _lazy(ctx: Ctx, env: Env, e: A.Lazy, expected: Type) -> TExpr:
    a = newvar()
    t = predef.t_lazy(a)
    unify_at(e.loc, t, expected)
    return TExpr("Lazy", e, t, [type_expect(ctx, env, e.expr, a)])


def _letopen(ctx: Ctx, env: Env, e: A.LetOpen, expected: Type) -> TExpr:
    from .typemod import open_module_expr_env
    env2 = open_module_expr_env(ctx, env, e.module)
    body = type_expect(ctx, env2, e.body, expected)
    return TExpr("LetOpen", e, body.type, [body])


def _letmodule(ctx: Ctx, env: Env, e: A.LetModule, expected: Type) -> TExpr:
    from .typemod import type_module
    LEVELS.enter()
    tm = type_module(ctx, env, e.module)
    ident = Ident(e.name)
    env2 = env.push()
    env2.bind_module(ident, tm.mty)
    body = type_expect(ctx, env2, e.body, newvar())
    LEVELS.leave()
    unify_at(e.loc, body.type, expected)
    return TExpr("LetModule", e, body.type, [tm, body], ident)


def _letexception(ctx: Ctx, env: Env, e: A.LetException, expected: Type) -> TExpr:
    from .typedecl import transl_exception
    ident, decl = transl_exception(ctx, env, e.ctor)
    env2 = env.push()
    env2.bind_exception(ident, decl)
    body = type_expect(ctx, env2, e.body, expected)
    return TExpr("LetException", e, body.type, [body], (ident, decl))


_HANDLERS = {
    A.Ident: _ident, A.Const: _const, A.Tuple: _tuple, A.Construct: _construct,
    A.Fun: _fun, A.Function: _function, A.Match: _match, A.Try: _try, A.Apply: _apply,
    A.Let: _let, A.Record: _record, A.Field: _field, A.SetField: _setfield, A.Array: _array,
    A.IfThenElse: _ite, A.Sequence: _sequence, A.While: _while, A.For: _for,
    A.Constraint: _constraint, A.Assert: _assert, A.Lazy: _lazy, A.LetOpen: _letopen,
    A.LetModule: _letmodule, A.LetException: _letexception,
}


# -- let bindings ------------------------------------------------------------------

def is_nonexpansive(te: TExpr) -> bool:
    k = te.kind
    if k in ("Ident", "Const", "Format", "Fun", "Function", "AssertFalse"):
        return True
    if k == "Array":
        return not te.children
    if k in ("Tuple", "Construct", "Constraint", "LetOpen", "LetException"):
        return all(is_nonexpansive(c) for c in te.children)
    if k == "Let":
        return all(is_nonexpansive(b.expr) for b in te.info) and is_nonexpansive(te.children[0])
    if k == "Record":
        return all(not l.mutable for l in te.info) and all(is_nonexpansive(c) for c in te.children)
    if k == "Field":
        return is_nonexpansive(te.children[0])
    if k == "IfThenElse":
        return all(is_nonexpansive(c) for c in te.children[1:])
    if k == "Sequence":
        return is_nonexpansive(te.children[1])
    if k == "Lazy":
        return is_nonexpansive(te.children[0])
    if k == "Match":
        return is_nonexpansive(te.children[0]) and all(
            (c.guard is None or is_nonexpansive(c.guard)) and is_nonexpansive(c.body)
            for c in te.children[1:])
    if k == "LetModule":
        return is_nonexpansive(te.children[1])
    if k == "Apply":
        fn = te.children[0]
        if fn.kind == "Ident" and len(te.children) == 2:
            _, desc = fn.info
            if desc.prims and desc.prims[0] in ("%raise", "%reraise", "%raise_notrace"):
                return is_nonexpansive(te.children[1])
        return False
    return False


def type_let(ctx: Ctx, env: Env, rec: bool, bindings: list[A.ValueBinding], loc: Location | None = None,
             node=None) -> tuple[list[TBinding], Env]:
    LEVELS.enter()
    pvs = []
    pats = []
    for b in bindings:
        pv = PatVars()
        t = newvar()
        pats.append(type_pat(ctx, env, b.pat, t, pv))
        pvs.append(pv)
    ctx.ident_hint = None
    all_vars = PatVars()
    for pv in pvs:
        for n, v in pv.vars.items():
            if n in all_vars.vars:
                raise TypingError(v[2], Text(f"Variable {n} is bound several times in this matching"))
            all_vars.vars[n] = v
    body_env = add_pattern_vars(env, all_vars) if rec else env
    pushed = 0
    if not rec:
        for n, v in all_vars.vars.items():
            ctx.nonrec_defs.append((n, v[2].line))
            pushed += 1
    exprs = []
    for b, tp, bpv in zip(bindings, pats, pvs):
        if rec and not isinstance(b.expr, (A.Fun, A.Function, A.Lazy, A.Constraint, A.Construct,
                                           A.Record, A.Tuple, A.Ident, A.Const)):
            if not _rec_rhs_ok(b.expr):
                raise TypingError(b.expr.loc, Text(
                    "This kind of expression is not allowed as right-hand side of `let rec'"))
        # a recursive use inside its own definition does not count as a use
        own = [v[0].stamp for v in bpv.vars.values()] if rec else []
        ctx.defining.update(own)
        try:
            exprs.append(type_expect(ctx, body_env, b.expr, tp.type))
        finally:
            ctx.defining.difference_update(own)
    if pushed:
        del ctx.nonrec_defs[-pushed:]
    LEVELS.leave()
    out = []
    for tp, te, pv in zip(pats, exprs, pvs):
        if not is_nonexpansive(te):
            lower_contravariant(tp.type, LEVELS.current)
        generalize(tp.type)
        out.append(TBinding(tp, te, {n: (v[0], v[1]) for n, v in pv.vars.items()}))
    for b, tb in zip(bindings, out):
        check_match(ctx, [TCase(tb.pat, None, tb.expr)], tb.pat.type, loc or b.loc, kind="let",
                    locf=(lambda: full_loc(node)) if node is not None else None)
    new_env = add_pattern_vars(env, all_vars)
    return out, new_env


def _rec_rhs_ok(e: A.Expr) -> bool:
    if isinstance(e, (A.Let, A.LetOpen, A.LetModule, A.LetException)):
        return _rec_rhs_ok(e.body)
    return isinstance(e, (A.Fun, A.Function, A.Lazy, A.Constraint, A.Construct, A.Record, A.Tuple,
                          A.Ident, A.Const, A.Array))
