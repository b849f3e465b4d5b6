"""Type and exception definitions (OCaml's typedecl.ml): variants, records,
abbreviations, parameterised and mutually recursive types, with the
variance of parameters (which the relaxed value restriction consults)."""
from __future__ import annotations

from ..syntax import ast as A
from .env import Env, find_type, LookupError_
from .errors import Text, TypingError
from .types import (ARROW, CONSTR, GENERIC, TUPLE, VAR, ConstrDecl, Ident, LabelDecl, SigType,
                    Type, TypeDecl, repr_)
from .typetexp import TypeVars, transl_type



def _params(decl: A.TypeDecl) -> TypeVars:
    tv = TypeVars(closed=True, generic_level=GENERIC)
    for p in decl.params:
        if p == "_":
            continue
        if p in tv.vars:
            raise TypingError(decl.loc, Text(f"A type parameter occurs several times"))
        tv.vars[p] = Type(VAR, GENERIC, name=p)
    return tv


def _param_list(decl: A.TypeDecl, tv: TypeVars) -> list[Type]:
    return [tv.vars[p] if p != "_" else Type(VAR, GENERIC, name="_") for p in decl.params]


def transl_labels(env: Env, labels: list[A.LabelDecl], tv: TypeVars) -> list[LabelDecl]:
    seen = set()
    out = []
    for l in labels:
        if l.name in seen:
            raise TypingError(l.loc, Text(f"Two labels are named {l.name}"))
        seen.add(l.name)
        if isinstance(l.type, A.TPoly):
            # 'a 'b. t: the variables are generic and not parameters, so
            # every use of the label instantiates them afresh
            inner = TypeVars(closed=True, generic_level=GENERIC)
            inner.vars = dict(tv.vars)
            poly = []
            for v in l.type.vars:
                inner.vars[v] = Type(VAR, GENERIC, name=v)
                poly.append(inner.vars[v])
            ld = LabelDecl(l.name, l.mutable, transl_type(env, l.type.type, inner), l.loc)
            ld.poly = poly  # type: ignore[attr-defined]
            out.append(ld)
            continue
        out.append(LabelDecl(l.name, l.mutable, transl_type(env, l.type, tv), l.loc))
    return out


def transl_constructor(env: Env, c: A.ConstructorDecl, tv: TypeVars) -> ConstrDecl:
    if c.record is not None:
        return ConstrDecl(c.name, [], transl_labels(env, c.record, tv), c.loc)
    return ConstrDecl(c.name, [transl_type(env, t, tv) for t in c.args], None, c.loc)


def transl_type_decls(ctx, env: Env, nonrec: bool, decls: list[A.TypeDecl], item_loc=None
                      ) -> tuple[list[SigType], Env]:
    """Translate one ``type ... and ...`` group; returns its signature items
    and the environment extended with them (a new frame)."""
    idents = [Ident(d.name) for d in decls]
    seen = set()
    for d in decls:
        if d.name in seen:
            raise TypingError(d.loc, Text(f"Multiple definition of the type name {d.name}.@ "
                                          "Names must be unique in a given structure or signature."))
        seen.add(d.name)
    # temporary abstract declarations so that the group may refer to itself
    tmp_env = env
    if not nonrec:
        tmp_env = env.push()
        for ident, d in zip(idents, decls):
            tv = _params(d)
            tmp = TypeDecl(_param_list(d, tv), name=d.name, variance=[(True, False)] * len(d.params))
            tmp_env.bind_type(ident, tmp)
    finals = []
    src = getattr(ctx, "source", "")
    locs = [decl_extent(item_loc if (i == 0 and item_loc is not None) else d.loc, d, src)
            for i, d in enumerate(decls)]
    for ident, d, dloc in zip(idents, decls, locs):
        tv = _params(d)
        params = _param_list(d, tv)
        manifest = transl_type(tmp_env, d.manifest, tv) if d.manifest is not None else None
        if d.variants is not None:
            names = set()
            for c in d.variants:
                if c.name in names:
                    raise TypingError(dloc, Text(f"Two constructors are named {c.name}"))
                names.add(c.name)
            ctors = [transl_constructor(tmp_env, c, tv) for c in d.variants]
            decl = TypeDecl(params, "variant", constructors=ctors, manifest=manifest,
                            private=d.private, loc=dloc, name=d.name)
        elif d.fields is not None:
            decl = TypeDecl(params, "record", labels=transl_labels(tmp_env, d.fields, tv),
                            manifest=manifest, private=d.private, loc=dloc, name=d.name)
        else:
            decl = TypeDecl(params, "abstract", manifest=manifest, private=d.private, loc=dloc,
                            name=d.name)
        finals.append(decl)
    for ident, decl in zip(idents, finals):
        ident.data = decl
    group = set(idents)
    for ident, decl, dloc in zip(idents, finals, locs):
        _check_cycle(ident, decl, dloc, group)
    for decl in finals:
        decl.variance = compute_variance(decl)
    new_env = env.push()
    items = []
    for i, (ident, decl) in enumerate(zip(idents, finals)):
        new_env.bind_type(ident, decl)
        items.append(SigType(ident, decl, "first" if i == 0 and len(decls) > 1 else ("next" if i else "not")))
    if len(items) == 1:
        items[0].rec = "not"
    return items, new_env


def decl_extent(start, d: A.TypeDecl, source: str = ""):
    """The location of a whole declaration: the parser's item location stops
    at the type's name, OCaml's runs to the end of the definition."""
    from ..syntax.location import span
    end = start
    parts = []
    if d.manifest is not None:
        parts.append(d.manifest.loc)
    for c in d.variants or []:
        parts.append(c.loc)
        parts += [a.loc for a in c.args]
        parts += [l.loc for l in c.record or []]
    parts += [l.loc for l in d.fields or []]
    for p in parts:
        if p.end > end.end:
            end = p
    loc = span(start, end)
    if d.fields is not None and source:
        # the closing brace follows the last field
        close = source.find("}", loc.end)
        if close >= 0:
            from .typecore import sub_loc
            loc = span(loc, sub_loc(None, loc, close, close + 1) if "\n" not in source[loc.end:close]
                       else _loc_in(source, loc, close))
    return loc


def _loc_in(source: str, loc, pos: int):
    from ..syntax.location import Location
    line = source.count("\n", 0, pos) + 1
    col = pos - (source.rfind("\n", 0, pos) + 1)
    return Location(loc.file, pos, pos + 1, line, col, line)


def _check_cycle(ident: Ident, decl: TypeDecl, loc, group: set) -> None:
    """Without -rectypes an abbreviation may not mention itself, even under
    a datatype constructor (``type t = t list`` is cyclic)."""
    if decl.manifest is None or decl.kind != "abstract":
        return
    seen: set = set()
    stack = [decl.manifest]
    while stack:
        t = repr_(stack.pop())
        if t.id in seen:
            continue
        seen.add(t.id)
        if t.kind == CONSTR:
            if t.path is ident:
                raise TypingError(loc, Text(f"The type abbreviation {ident.name} is cyclic"))
            if t.path in group:
                d = t.path.data
                if isinstance(d, TypeDecl) and d.manifest is not None and d.kind == "abstract":
                    stack.append(d.manifest)
        stack.extend(t.args)


def compute_variance(decl: TypeDecl) -> list[tuple[bool, bool]]:
    """For each parameter: (may occur positively, may occur negatively)."""
    occ: dict[int, list[bool]] = {repr_(p).id: [False, False] for p in decl.params}

    def walk(t: Type, pos: bool, neg: bool) -> None:
        t = repr_(t)
        if t.kind == VAR:
            o = occ.get(t.id)
            if o is not None:
                o[0] = o[0] or pos
                o[1] = o[1] or neg
            return
        if t.kind == ARROW:
            walk(t.args[0], neg, pos)
            walk(t.args[1], pos, neg)
        elif t.kind == TUPLE:
            for a in t.args:
                walk(a, pos, neg)
        elif t.kind == CONSTR:
            try:
                v = find_type(t.path).variance
            except LookupError_:
                v = []
            for i, a in enumerate(t.args):
                co, contra = v[i] if i < len(v) else (True, True)
                p2 = (pos and co) or (neg and contra)
                n2 = (pos and contra) or (neg and co)
                walk(a, p2, n2)
        else:
            for a in t.args:
                walk(a, True, True)

    if decl.kind == "abstract" and decl.manifest is None:
        return [(True, True)] * len(decl.params)
    if decl.manifest is not None:
        walk(decl.manifest, True, False)
    for c in decl.constructors:
        for a in c.args:
            walk(a, True, False)
        for l in c.record or []:
            walk(l.type, True, l.mutable)
    for l in decl.labels:
        walk(l.type, True, l.mutable)
    if decl.private and decl.kind == "abstract":
        pass
    return [tuple(occ[repr_(p).id]) for p in decl.params]  # type: ignore[misc]


def transl_exception(ctx, env: Env, c: A.ConstructorDecl) -> tuple[Ident, ConstrDecl]:
    tv = TypeVars(closed=True, generic_level=GENERIC)
    return Ident(c.name), transl_constructor(env, c, tv)
