"""The module language (OCaml's typemod.ml, mtype.ml, includemod.ml):
structures, signatures, open/include, functors and their application,
``with type``/``with module`` constraints, ``module type of``, and the
inclusion check of a module type in another (ascription, .mli)."""
from __future__ import annotations

import re
from typing import Optional

from ..syntax import ast as A
from ..syntax.location import Location

from .env import (Env, LookupError_, apply_functor, components, expand_mty, find_module)
from .errors import Text, TypingError
from .lookup import lookup, lookup_module_path
from .subst import Subst
from .typedtree import TItem, TModule, TStructure
from .types import (CONSTR, GENERIC, VAR, ConstrDecl, Ident, ModType, MtyAlias, MtyFunctor,
                    MtyIdent, MtySig, PApply, PDot, Path, SigException, SigItem, SigModType,
                    SigModule, SigType, SigValue, Type, TypeDecl, ValueDesc, VAR as _VAR,
                    path_head, repr_)
from .typetexp import TypeVars, transl_type
from .unify import LEVELS, generalize, lower_contravariant


# -- opening --------------------------------------------------------------------

def open_path_env(env: Env, path: Path, loc: Location, name: str) -> Env:
    try:
        comps = components(path)
    except LookupError_:
        raise TypingError(loc, Text(f"This module is not a structure; it has type@ ...")) from None
    return Env(env, comps)


def open_module_env(env: Env, lid: A.LongIdent, loc: Location) -> Env:
    path, _ = lookup_module_path(env, lid, loc)
    return open_path_env(env, path, loc, ".".join(lid))


def open_module_expr_env(ctx, env: Env, me: A.ModuleExpr) -> Env:
    if isinstance(me, A.MIdent):
        return open_module_env(env, me.name, me.loc)
    tm = type_module(ctx, env, me)
    mty = expand_mty(tm.mty)
    if not isinstance(mty, MtySig):
        raise TypingError(me.loc, Text("This module is not a structure"))
    new = env.push()
    for it in fresh_items(mty.items):
        new.bind_sig_item(it)
    return new


# -- strengthening and fresh copies ---------------------------------------------------

def strengthen(mty: ModType, path: Path, aliasable: bool = False) -> ModType:
    """Make abstract types of ``mty`` equal to ``path.t`` (and so on inside);
    ``aliasable``: submodules become aliases ``module N = path.N``."""
    m = expand_mty(mty)
    if isinstance(m, MtySig):
        items: list[SigItem] = []
        for it in m.items:
            if isinstance(it, SigType):
                d = it.decl
                if d.manifest is None:
                    nd = TypeDecl(d.params, d.kind, d.constructors, d.labels,
                                  Type(CONSTR, GENERIC, list(d.params), path=PDot(path, it.id.name)),
                                  d.private, d.variance, d.loc, d.name)
                    items.append(SigType(it.id, nd, it.rec))
                    continue
            elif isinstance(it, SigModule):
                sub = PDot(path, it.id.name)
                items.append(SigModule(it.id, MtyAlias(sub) if aliasable else strengthen(it.mty, sub),
                                       it.rec))
                continue
            items.append(it)
        return MtySig(items)
    return m


def fresh_items(items: list[SigItem]) -> list[SigItem]:
    """A copy of signature items with new idents (for include / open of a
    structure), references between them renamed."""
    s = Subst()
    new_ids = {}
    for it in items:
        n = Ident(it.id.name)
        new_ids[it.id] = n
        s.paths[it.id] = n
    out = []
    for it in items:
        c = s.sig_item(it)
        c.id = new_ids[it.id]
        out.append(c)
    return out


# -- module expressions -----------------------------------------------------------------

def type_module(ctx, env: Env, me: A.ModuleExpr) -> TModule:
    if isinstance(me, A.MIdent):
        path, mty = lookup_module_path(env, me.name, me.loc)
        if path_head(path).param:
            # OCaml does not alias (a part of) a functor parameter
            return TModule("ident", me, strengthen(find_module(path), path), info=path)
        return TModule("ident", me, MtyAlias(path), info=path)
    if isinstance(me, A.MStruct):
        ts, items, _ = type_structure(ctx, env, me.items)
        return TModule("struct", me, MtySig(items), [ts])
    if isinstance(me, A.MFunctor):
        if me.param is None:
            body = type_module(ctx, env, me.body)
            return TModule("functor", me, MtyFunctor(None, None, body.mty), [body])
        pmty = transl_modtype(ctx, env, me.param_type)
        ident = Ident(me.param if me.param != "_" else "_")
        ident.param = True
        env2 = env.push()
        env2.bind_module(ident, pmty)
        body = type_module(ctx, env2, me.body)
        return TModule("functor", me, MtyFunctor(ident, pmty, _unalias(body.mty)), [body], ident)
    if isinstance(me, A.MApply):
        # as OCaml, the argument is typed before the functor
        pre_arg = type_module(ctx, env, me.arg) if me.arg is not None else None
        fn = type_module(ctx, env, me.fn)
        fmty = expand_mty(_unalias(fn.mty))
        if not isinstance(fmty, MtyFunctor):
            raise TypingError(me.fn.loc, Text("This module is not a functor; it has type@ ..."))
        if me.arg is None:
            if fmty.param is not None or fmty.param_mty is not None:
                raise TypingError(me.loc, Text("This functor is applied to an argument of the wrong kind"))
            return TModule("apply", me, fmty.result, [fn])
        arg = pre_arg
        assert arg is not None
        if fmty.param_mty is None:
            raise TypingError(me.loc, Text("This is a generative functor. It can only be applied to ()"))
        check_inclusion(me.loc, _unalias(arg.mty), fmty.param_mty, arg_path(arg), functor_arg=True)
        res = fmty.result
        if fmty.param is not None:
            ap = arg_path(arg)
            if ap is not None:
                res = apply_functor(fmty, ap)
                fp = arg_path(fn)
                if fp is not None:
                    res = strengthen(res, PApply(fp, ap))
            else:
                res = _nondep_result(fmty, arg.mty)
        fp, ap = arg_path(fn), arg_path(arg)
        return TModule("apply", me, res, [fn, arg], PApply(fp, ap) if fp and ap else None)
    if isinstance(me, A.MConstraint):
        m = type_module(ctx, env, me.module)
        mty = transl_modtype(ctx, env, me.type)
        check_inclusion(me.module.loc, _unalias(m.mty), mty, arg_path(m))
        return TModule("constraint", me, mty, [m])
    raise TypingError(me.loc, Text("This module expression is not supported"))


def _nondep_result(fmty: MtyFunctor, arg_mty: ModType) -> ModType:
    """Applying a functor to a structure: the parameter's types are those of
    the (anonymous) argument; bind the parameter to a fresh ident holding it."""
    ident = Ident(fmty.param.name)  # type: ignore[union-attr]
    ident.data = _unalias(arg_mty)
    s = Subst()
    s.paths[fmty.param] = ident  # type: ignore[index]
    res = s.mty(fmty.result)
    n = Subst()
    n.nondep.add(ident)
    return n.mty(res)


def arg_path(tm: TModule) -> Optional[Path]:
    if tm.kind in ("ident", "apply"):
        return tm.info  # type: ignore[return-value]
    return None


def _unalias(m: ModType, aliasable: bool = False) -> ModType:
    if isinstance(m, MtyAlias):
        return strengthen(find_module(m.path), m.path, aliasable and not path_head(m.path).param)
    return m


# -- module types ---------------------------------------------------------------------

def transl_modtype(ctx, env: Env, mt: A.ModuleType) -> ModType:
    if isinstance(mt, A.MTIdent):
        path, mty = lookup(env, "T", mt.name, mt.loc)
        return MtyIdent(path)
    if isinstance(mt, A.MTSig):
        return MtySig(transl_signature(ctx, env, mt.items))
    if isinstance(mt, A.MTFunctor):
        if mt.param is None:
            return MtyFunctor(None, None, transl_modtype(ctx, env, mt.body))
        pmty = transl_modtype(ctx, env, mt.param_type)
        ident = Ident(mt.param)
        ident.param = True
        env2 = env.push()
        env2.bind_module(ident, pmty)
        return MtyFunctor(ident, pmty, transl_modtype(ctx, env2, mt.body))
    if isinstance(mt, A.MTWith):
        base = transl_modtype(ctx, env, mt.type)
        sig = expand_mty(base)
        if not isinstance(sig, MtySig):
            raise TypingError(mt.loc, Text("This module type is not a signature"))
        for c in mt.constraints:
            sig = _with_constraint(ctx, env, sig, c, list(c.name))
        return sig
    if isinstance(mt, A.MTTypeOf):
        tm = type_module(ctx, env, mt.module)
        m = tm.mty
        while isinstance(m, MtyAlias):      # ``module type of M``: M's declared type
            m = find_module(m.path)
        return m
    raise TypingError(mt.loc, Text("This module type is not supported"))


def _with_constraint(ctx, env: Env, sig: MtySig, c: A.WithConstraint, name: list[str]) -> MtySig:
    items = list(sig.items)
    head = name[0]
    if len(name) > 1:
        for i, it in enumerate(items):
            if isinstance(it, SigModule) and it.id.name == head:
                inner = expand_mty(it.mty)
                if isinstance(inner, MtySig):
                    items[i] = SigModule(it.id, _with_constraint(ctx, env, inner, c, name[1:]), it.rec)
                    return MtySig(items)
        raise TypingError(c.loc, Text(f"Unbound module {head}"))
    if c.kind.startswith("type"):
        for i, it in enumerate(items):
            if isinstance(it, SigType) and it.id.name == head:
                tv = TypeVars(closed=True, generic_level=GENERIC)
                params = []
                for p in c.params:
                    v = Type(VAR, GENERIC, name=p)
                    tv.vars[p] = v
                    params.append(v)
                body = transl_type(env, c.type, tv)
                if c.kind == "type:=":
                    s = Subst()
                    s.type_fns[it.id] = (params, body)
                    rest = [s.sig_item(x) for x in items[i + 1:]]
                    return MtySig(items[:i] + rest)
                d = it.decl
                nd = TypeDecl(params, d.kind, d.constructors, d.labels, body, d.private,
                              d.variance, d.loc, d.name)
                if d.kind != "abstract":
                    # keep the constructors, expressed with the new params
                    s = Subst()
                    nd = TypeDecl(params, d.kind, d.constructors, d.labels, body, d.private,
                                  d.variance, d.loc, d.name)
                items[i] = SigType(it.id, nd, it.rec)
                return MtySig(items)
        raise TypingError(c.loc, Text(f"The signature constrained by `with' has no component named {head}"))
    # with module X = P
    path, mty = lookup_module_path(env, c.module, c.loc)
    for i, it in enumerate(items):
        if isinstance(it, SigModule) and it.id.name == head:
            if c.kind == "module:=":
                s = Subst()
                s.paths[it.id] = path
                rest = [s.sig_item(x) for x in items[i + 1:]]
                return MtySig(items[:i] + rest)
            items[i] = SigModule(it.id, strengthen(mty, path), it.rec)
            return MtySig(items)
    raise TypingError(c.loc, Text(f"The signature constrained by `with' has no component named {head}"))


def transl_signature(ctx, env: Env, items: list[A.SignatureItem]) -> list[SigItem]:
    from .typedecl import transl_exception, transl_type_decls
    env = env.push()
    out: list[SigItem] = []
    for it in items:
        if isinstance(it, A.SigValue):
            tv = TypeVars(closed=False, generic_level=GENERIC)
            t = transl_type(env, it.type, tv)
            ident = Ident(it.name)
            desc = ValueDesc(t, list(it.prims), it.loc, _deprecated(it.attrs))
            env.bind_value(ident, desc)
            out.append(SigValue(ident, desc))
        elif isinstance(it, A.SigType):
            sitems, new_env = transl_type_decls(ctx, env, it.nonrec, it.decls, it.loc)
            for s in sitems:
                env.bind_type(s.id, s.decl)
            out.extend(sitems)
        elif isinstance(it, A.SigException):
            ident, decl = transl_exception(ctx, env, it.ctor)
            env.bind_exception(ident, decl)
            out.append(SigException(ident, decl))
        elif isinstance(it, A.SigModule):
            mty = transl_modtype(ctx, env, it.type)
            ident = Ident(it.name)
            env.bind_module(ident, mty)
            out.append(SigModule(ident, mty))
        elif isinstance(it, A.SigModuleType):
            mty = transl_modtype(ctx, env, it.type) if it.type is not None else None
            ident = Ident(it.name)
            env.bind_modtype(ident, mty)
            out.append(SigModType(ident, mty))
        elif isinstance(it, A.SigOpen):
            path, _ = lookup_module_path(env, it.module, it.loc)
            env = Env(env, components(path)).push()
        elif isinstance(it, A.SigInclude):
            mty = expand_mty(transl_modtype(ctx, env, it.type))
            if not isinstance(mty, MtySig):
                raise TypingError(it.loc, Text("This module type is not a signature"))
            for x in fresh_items(mty.items):
                env.bind_sig_item(x)
                out.append(x)
        elif isinstance(it, A.SigAttribute):
            pass
    return _dedup(out)


def attr_string(attrs, *names: str) -> Optional[str]:
    """The string payload of the first attribute named in ``names``."""
    for a in attrs:
        if a.name in names:
            for it in a.payload:
                if isinstance(it, A.SEval) and isinstance(it.expr, A.Const) \
                        and isinstance(it.expr.value, A.ConstString):
                    return it.expr.value.value
            return ""
    return None


def _deprecated(attrs) -> Optional[str]:
    return attr_string(attrs, "ocaml.deprecated", "deprecated")


def disabled_warnings(attrs) -> set[int]:
    """Warning numbers turned off by ``[@@warning "-8-11"]``."""
    spec = attr_string(attrs, "warning", "ocaml.warning")
    out: set[int] = set()
    if spec:
        for sign, num in re.findall(r"([-+@]?)(\d+)", spec):
            if sign == "-":
                out.add(int(num))
    return out


def _dedup(items: list[SigItem]) -> list[SigItem]:
    """Later definitions of a value shadow earlier ones in a signature."""
    last: dict[tuple, int] = {}
    for i, it in enumerate(items):
        last[(_ns(it), it.id.name)] = i
    return [it for i, it in enumerate(items) if last[(_ns(it), it.id.name)] == i]


def _ns(it: SigItem) -> str:
    if isinstance(it, SigValue):
        return "v"
    if isinstance(it, SigType):
        return "t"
    if isinstance(it, SigException):
        return "c"
    if isinstance(it, SigModule):
        return "m"
    return "T"


# -- structures ---------------------------------------------------------------------

class ItemRecord:
    """What typing one toplevel item produced, for reuse by the next check
    of the same unit: an unchanged prefix of items is replayed, not typed."""
    __slots__ = ("ast", "sig", "titem", "warnings", "reusable", "unused")

    def __init__(self, ast, sig, titem, warnings, reusable, unused=()):
        self.ast = ast
        self.sig = sig
        self.titem = titem
        self.warnings = warnings
        self.reusable = reusable
        self.unused = list(unused)     # Warning 26, reported at the end of the unit


def _has_weak(items: list[SigItem]) -> bool:
    from .types import GENERIC as G
    stack: list = []
    for it in items:
        if isinstance(it, SigValue):
            stack.append(it.desc.type)
        elif isinstance(it, SigModule):
            m = it.mty
            if isinstance(m, MtySig) and _has_weak(m.items):
                return True
    seen = set()
    while stack:
        t = repr_(stack.pop())
        if t.id in seen:
            continue
        seen.add(t.id)
        if t.kind == _VAR and t.level != G:
            return True
        stack.extend(t.args)
    return False


def type_structure(ctx, env: Env, items: list[A.StructureItem],
                   reuse: Optional[list[ItemRecord]] = None,
                   record: Optional[list[ItemRecord]] = None
                   ) -> tuple[TStructure, list[SigItem], Env]:
    """Type a structure.  ``reuse``: the records of a previous typing of the
    same unit in the same environment; its items that are still the same
    objects, up to the first change (or the first item whose types kept weak
    variables, which later items may still refine), are replayed.
    ``record``: filled with this typing's records."""
    from .typecore import type_exp, type_let
    from .typedecl import transl_exception, transl_type_decls
    env = env.push()
    sig: list[SigItem] = []
    titems: list[TItem] = []
    defined: set[tuple[str, str]] = set()
    reusing = bool(reuse)

    def define(kind: str, name: str, loc) -> None:
        # OCaml 4.13 forbids two types (modules, module types) of one name
        # in one structure
        if (kind, name) in defined:
            raise TypingError(loc, Text(f"Multiple definition of the {kind} name {name}.@ "
                                        "Names must be unique in a given structure or signature."))
        defined.add((kind, name))

    # After a re-typed ``let`` whose interface came out unchanged (same names,
    # same types, same idents), the following items are replayed too, except
    # those with warnings (their computed locations may be stale).
    strict = False
    for idx, it in enumerate(items):
        ctx.tvars = TypeVars()
        rec = reuse[idx] if reusing and idx < len(reuse) else None  # type: ignore[index]
        if rec is not None and rec.ast is it and rec.reusable \
                and (not strict or (not rec.warnings and not rec.unused)):
            env = _replay(ctx, env, it, rec, define)
            sig.extend(rec.sig)
            titems.append(rec.titem)
            ctx.warnings.extend(rec.warnings)
            ctx.unused_warnings.extend(rec.unused)
            if record is not None:
                record.append(rec)
            continue
        old = rec if (rec is not None and rec.ast is not it and rec.reusable
                      and isinstance(it, A.SValue) and isinstance(rec.ast, A.SValue)) else None
        if old is not None:
            # the re-typed definition keeps the idents of the old one
            ctx.ident_hint = {si.id.name: si.id for si in old.sig if isinstance(si, SigValue)}
        mark_sig, mark_warn, mark_items = len(sig), len(ctx.warnings), len(titems)
        try:
            env = _type_item(ctx, env, it, sig, titems, define, type_exp, type_let,
                             transl_exception, transl_type_decls)
        finally:
            ctx.ident_hint = None
        new_sig = sig[mark_sig:]
        reusable = not _has_weak(new_sig)
        if record is not None:
            unused = ctx.flush_unused()
            ctx.unused_warnings.extend(unused)
            record.append(ItemRecord(it, new_sig, titems[mark_items] if len(titems) > mark_items else None,
                                     ctx.warnings[mark_warn:], reusable, unused))
        if reusing:
            from .printtyp import sig_fingerprint
            if old is not None and reusable and [x.id for x in new_sig] == [x.id for x in old.sig] \
                    and sig_fingerprint(new_sig) == sig_fingerprint(old.sig):
                strict = True
            else:
                reusing = False
    sig = _dedup(sig)
    return TStructure(titems, sig), sig, env


def full_loc(node):
    from .typecore import full_loc as fl
    return fl(node)


def _replay(ctx, env: Env, it: A.StructureItem, rec: ItemRecord, define) -> Env:
    if isinstance(it, A.SOpen):
        return open_module_expr_env(ctx, env, it.module).push()
    if isinstance(it, A.SType):
        from .typedecl import decl_extent
        for d in it.decls:
            define("type", d.name, decl_extent(it.loc, it.decls[-1]))
    elif isinstance(it, A.SModule):
        define("module", it.name, it.loc)
    elif isinstance(it, A.SModuleType):
        define("module type", it.name, full_loc(it))
    for si in rec.sig:
        env.bind_sig_item(si)
    return env


def _type_item(ctx, env: Env, it: A.StructureItem, sig: list, titems: list, define,
               type_exp, type_let, transl_exception, transl_type_decls) -> Env:
    """Type one structure item, appending to ``sig`` and ``titems``;
    returns the environment for the next item."""
    if isinstance(it, A.SValue):
        off = set()
        for b in it.bindings:
            off |= disabled_warnings(b.attrs)
        mark = len(ctx.warnings)
        bindings, _ = type_let(ctx, env, it.rec, it.bindings, it.loc, it)
        if off:
            ctx.warnings[mark:] = [w for w in ctx.warnings[mark:]
                                   if not any(w.kind.startswith(f"Warning {n} ") for n in off)]
        for b in bindings:
            for name, (ident, t) in b.vars.items():
                desc = ValueDesc(t, loc=b.pat.loc)
                env.bind_value(ident, desc)
                sig.append(SigValue(ident, desc))
        titems.append(TItem("SValue", it, bindings))
    elif isinstance(it, A.SEval):
        LEVELS.enter()
        te = type_exp(ctx, env, it.expr)
        LEVELS.leave()
        # OCaml's type_expression: the relaxed value restriction, as for a
        # let (the toplevel prints `pair 1` as '_weak1 -> int * '_weak1)
        from .typecore import is_nonexpansive
        if not is_nonexpansive(te):
            lower_contravariant(te.type, LEVELS.current)
        generalize(te.type)
        titems.append(TItem("SEval", it, [te]))
    elif isinstance(it, A.SType):
        from .typedecl import decl_extent
        for d in it.decls:
            define("type", d.name, decl_extent(it.loc, it.decls[-1], ctx.source))
        sitems, _ = transl_type_decls(ctx, env, it.nonrec, it.decls, it.loc)
        for s in sitems:
            env.bind_type(s.id, s.decl)
        sig.extend(sitems)
        titems.append(TItem("SType", it, info=sitems))
    elif isinstance(it, A.SException):
        rebound = []
        if it.rebind is not None:
            from .typecore import find_constructor
            c = find_constructor(env, it.rebind, it.loc, None)
            if c.ext_path is None:
                raise TypingError(it.loc, Text(f"The constructor {'.'.join(it.rebind)} is not an exception"))
            ident = Ident(it.ctor.name)
            decl = ConstrDecl(it.ctor.name, c.args, c.record, it.loc)
            rebound = [c]      # its ext_path is the original exception's path
        else:
            ident, decl = transl_exception(ctx, env, it.ctor)
        env.bind_exception(ident, decl)
        sig.append(SigException(ident, decl))
        titems.append(TItem("SException", it, rebound, info=(ident, decl)))
    elif isinstance(it, A.SExternal):
        tv = TypeVars(closed=False, generic_level=GENERIC)
        t = transl_type(env, it.type, tv)
        ident = Ident(it.name)
        desc = ValueDesc(t, list(it.prims), it.loc)
        env.bind_value(ident, desc)
        sig.append(SigValue(ident, desc))
        titems.append(TItem("SExternal", it, info=(ident, desc)))
    elif isinstance(it, A.SModule):
        define("module", it.name, it.loc)
        tm = type_module(ctx, env, it.module)
        ident = Ident(it.name)
        mty = tm.mty
        env.bind_module(ident, mty)
        sig.append(SigModule(ident, mty))
        titems.append(TItem("SModule", it, [tm], ident))
    elif isinstance(it, A.SRecModule):
        for name, _, _ in it.bindings:
            define("module", name, it.loc)
        idents = []
        for name, mt, _ in it.bindings:
            ident = Ident(name)
            env.bind_module(ident, transl_modtype(ctx, env, mt))
            idents.append(ident)
        tms = []
        for ident, (name, mt, me) in zip(idents, it.bindings):
            tm = type_module(ctx, env, me)
            check_inclusion(me.loc, _unalias(tm.mty), ident.data, None)  # type: ignore[arg-type]
            tms.append(tm)
        for i, ident in enumerate(idents):
            sig.append(SigModule(ident, ident.data, "first" if i == 0 else "next"))  # type: ignore[arg-type]
        titems.append(TItem("SRecModule", it, tms, idents))
    elif isinstance(it, A.SModuleType):
        define("module type", it.name, full_loc(it))
        mty = transl_modtype(ctx, env, it.type) if it.type is not None else None
        ident = Ident(it.name)
        env.bind_modtype(ident, mty)
        sig.append(SigModType(ident, mty))
        titems.append(TItem("SModuleType", it, info=ident))
    elif isinstance(it, A.SOpen):
        env = open_module_expr_env(ctx, env, it.module).push()
        titems.append(TItem("SOpen", it))
    elif isinstance(it, A.SInclude):
        tm = type_module(ctx, env, it.module)
        mty = expand_mty(_unalias(tm.mty, aliasable=True))
        if not isinstance(mty, MtySig):
            raise TypingError(it.loc, Text("This module is not a structure"))
        new = fresh_items(mty.items)
        for x in new:
            env.bind_sig_item(x)
        sig.extend(new)
        titems.append(TItem("SInclude", it, [tm], new))
    elif isinstance(it, A.SAttribute):
        pass
    return env


# -- inclusion ----------------------------------------------------------------------

def check_inclusion(loc: Location, actual: ModType, expected: ModType, actual_path: Optional[Path],
                    functor_arg: bool = False) -> None:
    from .includemod import include_modtypes, IncludeFailure
    try:
        include_modtypes(actual, expected, actual_path)
    except IncludeFailure as f:
        from .includemod import mismatch_message
        raise TypingError(loc, Text(mismatch_message(f, actual, expected, functor_arg))) from None
