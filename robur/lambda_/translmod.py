"""Structures and modules → lambda (OCaml's translmod.ml).

A module is a block of its *runtime components*, in signature order:
values (not externals: a primitive has no closure in the block, every use
is compiled to the primitive itself), exceptions (their identity blocks)
and submodules.  Types and module types have no runtime existence.  A
functor is a function from the argument's block to the result's.

Where the type checker sees a module through another signature (``(M :
S)``, a functor argument, the unit's .mli), the block is *coerced*: a new
block is built in the order of the target signature, picking fields by
name; an external seen as a ``val`` is eta-expanded into a closure.  So the
position of ``x`` in ``M.x`` always comes from the static signature of
``M``, and the unit's block is in the order of its exported signature.
"""
from __future__ import annotations

import weakref
from typing import Optional

from ..syntax.location import Location
from ..typing.env import expand_mty, find_module
from ..typing.typedtree import TItem, TModule, TStructure
from ..typing.types import (Ident, ModType, MtyAlias, MtyFunctor, MtySig, PApply, Path, SigException,
                            SigItem, SigModule, SigValue)
from . import ir as L
from .simplify import simplify
from .translcore import TranslError, Translator, exception_block


# -- layout ------------------------------------------------------------------------

def is_runtime(it: SigItem) -> bool:
    if isinstance(it, SigValue):
        return not it.desc.prims
    if isinstance(it, SigModule) and is_unit_alias(it.mty):
        return False
    return isinstance(it, (SigException, SigModule))


def is_unit_alias(mty: ModType) -> bool:
    """``module List = Stdlib__List``: an alias of a Stdlib unit has no
    field (OCaml's -no-alias-deps): uses go to the unit's global, and the
    unit is linked only when something uses it."""
    return (isinstance(mty, MtyAlias) and isinstance(mty.path, Ident) and mty.path.glob
            and mty.path.name.startswith("Stdlib__"))


def item_ns(it: SigItem) -> str:
    return "v" if isinstance(it, SigValue) else "c" if isinstance(it, SigException) else "m"


def runtime_items(items: list[SigItem]) -> list[SigItem]:
    """The components of a signature that are fields of its block, in order."""
    return [it for it in items if is_runtime(it)]


def signature_of(mty: ModType) -> Optional[MtySig]:
    m = expand_mty(mty)
    while isinstance(m, MtyAlias):
        m = expand_mty(find_module(m.path))
    return m if isinstance(m, MtySig) else None


# signature -> {(namespace, name): position}; signatures are immutable once
# typed, and the Stdlib's is consulted at every use of a Stdlib value.
_positions: "weakref.WeakKeyDictionary[MtySig, dict[tuple[str, str], int]]" = weakref.WeakKeyDictionary()


def positions(sig: MtySig) -> dict[tuple[str, str], int]:
    got = _positions.get(sig)
    if got is None:
        got = {}
        for pos, it in enumerate(runtime_items(sig.items)):
            got[(item_ns(it), it.id.name)] = pos     # a later duplicate wins, as in the sig
        _positions[sig] = got
    return got


def field_position(parent: Path, name: str, ns: str = "v") -> int:
    """Position of component ``name`` (namespace ``ns``: "v" value, "c"
    exception, "m" module) in the block of module ``parent``."""
    sig = signature_of(find_module(parent))
    if sig is None:
        raise TranslError(f"module {parent!r} is not a structure")
    pos = positions(sig).get((ns, name))
    if pos is None:
        raise TranslError(f"no component {name} in {parent!r}")
    return pos


def apply_functor_path(tr: Translator, p: PApply, loc: Location) -> L.Lam:
    return L.Apply(tr.path_lam(p.fn, loc, "m"), [tr.path_lam(p.arg, loc, "m")], loc=loc)


# -- coercions -------------------------------------------------------------------------------

def coerce(tr: Translator, lam: L.Lam, src: ModType, dst: ModType, loc: Location) -> L.Lam:
    """The block ``lam`` (laid out as ``src``) seen as ``dst``."""
    s, d = expand_or_sig(src), expand_or_sig(dst)
    if isinstance(s, MtySig) and isinstance(d, MtySig):
        return coerce_sig(tr, lam, s, d, loc)
    if isinstance(s, MtyFunctor) and isinstance(d, MtyFunctor):
        if s.param_mty is None or d.param_mty is None:
            return lam
        x = L.Var.fresh("arg")
        f = L.Var.fresh("functor")
        arg = coerce(tr, L.Local(x), d.param_mty, s.param_mty, loc)
        res = coerce(tr, L.Apply(L.Local(f), [arg], loc=loc), s.result, d.result, loc)
        if isinstance(arg, L.Local) and res.__class__ is L.Apply:
            return lam
        return L.Let(f, lam, L.Function([x], res, "functor", loc=loc), loc=loc)
    return lam


def expand_or_sig(m: ModType) -> ModType:
    e = expand_mty(m)
    while isinstance(e, MtyAlias):
        e = expand_mty(find_module(e.path))
    return e


def coerce_sig(tr: Translator, lam: L.Lam, src: MtySig, dst: MtySig, loc: Location) -> L.Lam:
    src_items = runtime_items(src.items)
    dst_items = runtime_items(dst.items)
    by_name: dict[tuple[str, str], tuple[int, SigItem]] = {}
    for i, it in enumerate(src_items):
        by_name[(item_ns(it), it.id.name)] = (i, it)
    externals = {it.id.name: it for it in src.items if isinstance(it, SigValue) and it.desc.prims}
    v = L.Var.fresh("mod")
    fields: list[L.Lam] = []
    identity = len(src_items) == len(dst_items)
    for j, it in enumerate(dst_items):
        key = (item_ns(it), it.id.name)
        if key in by_name:
            i, sit = by_name[key]
            f: L.Lam = L.Prim("field", [L.Local(v)], i, loc=loc)
            if isinstance(it, SigModule):
                f2 = coerce(tr, f, sit.mty, it.mty, loc)  # type: ignore[union-attr]
                if f2 is not f:
                    identity = False
                f = f2
            if i != j:
                identity = False
            fields.append(f)
        elif it.id.name in externals:
            ext = externals[it.id.name]
            fields.append(tr.primitive_closure(ext.desc, ext.desc.type, loc))  # type: ignore[union-attr]
            identity = False
        else:
            raise TranslError(f"coercion: no component {it.id.name}")
    if identity:
        return lam
    return L.Let(v, lam, module_block(fields, loc), loc=loc)


def module_block(fields: list[L.Lam], loc: Location) -> L.Lam:
    """A module's block; a module without runtime components is the static
    empty block (OCaml's atom), never an allocation of size 0."""
    if not fields:
        return L.Const(L.CBlock(0, ()), loc=loc)
    return L.Prim("makeblock", fields, (0, False), loc=loc)


# -- module expressions -------------------------------------------------------------------

def transl_module(tr: Translator, tm: TModule, name: str = "") -> L.Lam:
    k = tm.kind
    if k == "ident":
        return tr.path_lam(tm.info, tm.ast.loc, "m")  # type: ignore[arg-type]
    if k == "struct":
        saved = tr.prefix
        if name and (saved or tr.toplevel):
            tr.prefix = f"{saved}.{name}" if saved else name
        try:
            ts: TStructure = tm.children[0]
            return transl_structure(tr, ts, tm.ast.loc)
        finally:
            tr.prefix = saved
    if k == "functor":
        param = tm.info
        v = tr.bind(param) if isinstance(param, Ident) else L.Var.fresh("unit")
        # exceptions of a functor body are named "Unit.F(X).E", as in OCaml
        saved = tr.prefix
        if name and (saved or tr.toplevel):
            functor = f"{name}({param.name if isinstance(param, Ident) else ''})"
            tr.prefix = f"{saved}.{functor}" if saved else functor
        try:
            body = transl_module(tr, tm.children[0], "")
        finally:
            tr.prefix = saved
        return L.Function([v], body, name or "functor", loc=tm.ast.loc)
    if k == "apply":
        fn = tm.children[0]
        fmty = expand_or_sig(fn.mty)
        fn_lam = transl_module(tr, fn)
        if len(tm.children) == 1:
            return L.Apply(fn_lam, [L.Const(L.CInt(0))], loc=tm.ast.loc)
        arg = tm.children[1]
        arg_lam = transl_module(tr, arg)
        if isinstance(fmty, MtyFunctor) and fmty.param_mty is not None:
            arg_lam = coerce(tr, arg_lam, arg.mty, fmty.param_mty, tm.ast.loc)
        return L.Apply(fn_lam, [arg_lam], loc=tm.ast.loc)
    if k == "constraint":
        inner = tm.children[0]
        return coerce(tr, transl_module(tr, inner, name), inner.mty, tm.mty, tm.ast.loc)
    raise TranslError(f"module expression {k}")


def transl_structure(tr: Translator, ts: TStructure, loc: Location,
                     result: Optional[callable] = None) -> L.Lam:  # type: ignore[valid-type]
    """The structure's items as nested bindings ending in its block (or in
    ``result()``, for a compilation unit)."""
    def make_block() -> L.Lam:
        fields: list[L.Lam] = [L.Local(tr.vars[it.id]) for it in runtime_items(ts.sig)]
        return module_block(fields, loc)

    finish = result if result is not None else make_block

    def items_from(i: int) -> L.Lam:
        if i == len(ts.items):
            return finish()
        return transl_item(tr, ts.items[i], lambda: items_from(i + 1))
    return items_from(0)


def transl_item(tr: Translator, it: TItem, rest) -> L.Lam:
    k = it.kind
    loc = it.ast.loc
    if k == "SValue":
        return tr.let_bindings(it.ast.rec, it.children, rest, loc, toplevel=True)  # type: ignore[attr-defined]
    if k == "SEval":
        e = tr.expr(it.children[0])
        return L.Seq(L.Prim("ignore", [e], loc=loc), rest(), loc=loc)
    if k == "SException":
        ident, _ = it.info  # type: ignore[misc]
        if it.ast.rebind is not None:  # type: ignore[attr-defined]
            # exception E = M.F: E is the very same exception as M.F, so it is
            # bound to M.F's identity block (the typed tree keeps M.F's desc)
            original = it.children[0]
            if getattr(original, "ext_path", None) is None:
                raise TranslError("exception rebinding without the original's path")
            v = tr.bind(ident)
            return L.Let(v, tr.path_lam(original.ext_path, loc, "c"), rest(), loc=loc)
        block = exception_block(f"{tr.prefix}.{ident.name}" if tr.prefix else ident.name, loc)
        v = tr.bind(ident)
        return L.Let(v, block, rest(), loc=loc)
    if k == "SModule":
        ident = it.info
        mod = transl_module(tr, it.children[0], ident.name)  # type: ignore[union-attr]
        if it.children[0].kind == "ident":
            tr.aliases[ident] = it.children[0].info  # type: ignore[index]
        v = tr.bind(ident)  # type: ignore[arg-type]
        return L.Let(v, mod, rest(), loc=loc)
    if k == "SInclude":
        tm = it.children[0]
        src = signature_of(tm.mty)
        if src is None:
            raise TranslError("include of a functor")
        b = L.Var.fresh("include")
        mod = transl_module(tr, tm)
        new_items: list[SigItem] = it.info  # type: ignore[assignment]
        binds = []
        pos = 0
        for old, new in zip(src.items, new_items):
            if is_runtime(old):
                binds.append((tr.bind(new.id), pos))
                pos += 1
        body = rest()
        for v, p in reversed(binds):
            body = L.Let(v, L.Prim("field", [L.Local(b)], p, loc=loc), body, loc=loc)
        return L.Let(b, mod, body, loc=loc)
    if k == "SRecModule":
        raise TranslError("recursive modules are not supported by the lambda translation yet")
    # types, module types, externals, opens of paths, attributes: no code
    return rest()


# -- compilation units ----------------------------------------------------------------------

def transl_unit(unit: str, file: str, ts: TStructure, exported: Optional[list[SigItem]] = None,
                kept: Optional[dict[str, int]] = None) -> L.Lam:
    """A compilation unit: its code, ending by storing its module block
    (``setglobal``), laid out as its exported signature (the .mli's when
    there is one).  ``kept`` (robur dev): top-level values taken from the
    running version's block instead of being computed again."""
    tr = Translator(unit, file)
    tr.kept = dict(kept or {})
    loc = Location(file, 0, 0, 1, 0, 1)

    def result() -> L.Lam:
        dst = runtime_items(exported if exported is not None else ts.sig)
        own = {(item_ns(it), it.id.name): it for it in runtime_items(ts.sig)}
        externals = {it.id.name: it for it in ts.sig if isinstance(it, SigValue) and it.desc.prims}
        fields: list[L.Lam] = []
        for it in dst:
            mine = own.get((item_ns(it), it.id.name))
            if mine is not None:
                f: L.Lam = L.Local(tr.vars[mine.id], loc=loc)
                if isinstance(it, SigModule) and it is not mine:
                    f = coerce(tr, f, mine.mty, it.mty, loc)  # type: ignore[union-attr]
                fields.append(f)
            elif it.id.name in externals:
                ext = externals[it.id.name]
                fields.append(tr.primitive_closure(ext.desc, ext.desc.type, loc))  # type: ignore[union-attr]
            else:
                raise TranslError(f"the interface's {it.id.name} is not defined")
        # always a makeblock, even empty: the code generator stores its
        # fields into the unit's static block
        return L.Prim("setglobal", [L.Prim("makeblock", fields, (0, False), loc=loc)], unit, loc=loc)
    lam = transl_structure(tr, ts, loc, result)
    return simplify(lam)
