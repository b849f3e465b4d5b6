"""Expressions of the typed tree → lambda (OCaml's translcore.ml).

One ``Translator`` per compilation unit.  Names were resolved by the type
checker to unique ``Ident`` objects, so the translator needs no scopes: it
maps each bound Ident to the lambda ``Var`` of the place that binds it
(``vars``), rebinding it when the same pattern is compiled at two places.
Paths into modules become field loads (``M.x`` is ``field pos (M)``, the
position of ``x`` among the runtime components of M's signature, see
translmod.runtime_items); a compilation unit is ``Global unit``, loaded at
every use (hot reload, see ir.py).

Pattern matching is never compiled here: ``match``, ``function``, ``try``,
and patterns in ``let`` and ``fun`` go to matching.py.
"""
from __future__ import annotations

from typing import Callable, Optional

from ..syntax import ast as A
from ..syntax.location import Location
from ..typing import predef
from ..typing.typedtree import TBinding, TExpr, TPat
from ..typing.types import ConstrDesc, Ident, LabelDesc, PApply, PDot, Path, ValueDesc
from . import ir as L
from . import primitives as P

MAX_ARITY = 126          # OCaml's limit on the parameters of one function


class TranslError(Exception):
    """A construct the translation does not handle (an internal error: the
    type checker accepted it)."""


# -- constants ---------------------------------------------------------------------

def parse_int_literal(text: str) -> int:
    """OCaml's integer literal syntax: sign, 0x/0o/0b prefixes, underscores;
    a leading zero does not mean octal."""
    t = text.replace("_", "")
    neg = t.startswith("-")
    if neg or t.startswith("+"):
        t = t[1:]
    low = t[:2].lower()
    base = {"0x": 16, "0o": 8, "0b": 2}.get(low, 10)
    v = int(t[2:], base) if base != 10 else int(t, 10)
    return -v if neg else v


def wrap_int(v: int, bits: int = 63) -> int:
    """Wrap to a signed integer of ``bits`` bits (literals like 0x7FFF... and
    max_int + 1 wrap as in OCaml)."""
    m = 1 << bits
    v &= m - 1
    return v - m if v >= m >> 1 else v


def constant(c: A.Constant) -> L.Constant:
    if isinstance(c, A.ConstInt):
        text = c.text
        if c.suffix is None and len(text) < 18 and text.isascii() and text.isdigit():
            return L.CInt(int(text))     # plain decimal, far from wrapping
        v = parse_int_literal(text)
        if c.suffix is None:
            return L.CInt(wrap_int(v, 63))
        kind = {"l": "int32", "L": "int64", "n": "nativeint"}[c.suffix]
        return L.CBoxedInt(kind, wrap_int(v, 32 if kind == "int32" else 64))
    if isinstance(c, A.ConstChar):
        return L.CInt(ord(c.value))
    if isinstance(c, A.ConstFloat):
        return L.CFloat(c.text.replace("_", ""))
    if isinstance(c, A.ConstString):
        return L.CString(c.value.encode("latin-1"))
    raise TranslError(f"constant {c!r}")


def const(c: L.Constant, loc: Location = L.NOWHERE) -> L.Const:
    return L.Const(c, loc=loc)


UNIT = L.CInt(0)
_NOWHERE = L.NOWHERE


def unit_lam() -> L.Lam:
    return L.Const(UNIT)


def predef_exn(name: str) -> L.Lam:
    """A predefined exception (Not_found, Failure...): a static block of the
    runtime labelled ``caml_exn_<Name>`` (kernel/runtime/fail.c), named by
    ``getglobal`` as the code generator expects (docs/codegen.md)."""
    return L.Prim("getglobal", [], "caml_exn_" + name)


def make_block(tag: int, args: list[L.Lam], mutable: bool, loc: Location) -> L.Lam:
    """A block, or a static constant when immutable with constant fields."""
    if not mutable and args:
        for a in args:
            if not isinstance(a, L.Const):
                break
        else:
            return L.Const(L.CBlock(tag, tuple([a.value for a in args])), loc=loc)  # type: ignore[attr-defined]
    return L.Prim("makeblock", args, (tag, mutable), loc=loc)


def exception_block(name: str, loc: Location) -> L.Lam:
    """A new exception constructor: ``[| name; fresh id |]`` tagged 248."""
    oid = L.Prim("ccall", [unit_lam()], L.External("caml_fresh_oo_id", 1), loc=loc)
    return L.Prim("makeblock", [const(L.CString(name.encode("latin-1"))), oid], (248, False), loc=loc)


def raise_with_location(exn_name: str, loc: Location) -> L.Lam:
    """``raise (Match_failure (file, line, col))`` (or Assert_failure)."""
    where = L.Const(L.CBlock(0, (L.CString(loc.file.encode("latin-1")), L.CInt(loc.line), L.CInt(loc.col))))
    exn = L.Prim("makeblock", [predef_exn(exn_name), where], (0, False), loc=loc)
    return L.Prim("raise", [exn], "regular", loc=loc)


# -- patterns that need no test -------------------------------------------------------

def strip_pat(p: TPat) -> TPat:
    while p.kind == "PConstraint":
        p = p.children[0]
    return p


def irrefutable(p: TPat) -> bool:
    p = strip_pat(p)
    k = p.kind
    if k in ("PAny", "PVar"):
        return True
    if k == "PAlias":
        return irrefutable(p.children[0])
    if k == "PTuple":
        return all(irrefutable(c) for c in p.children)
    if k == "PRecord":
        return all(irrefutable(c) for c in p.children)
    if k == "PConstruct":
        c: ConstrDesc = p.info  # type: ignore[assignment]
        return c.type_path is not None and c.nconsts + c.nblocks == 1 and all(
            irrefutable(x) for x in p.children)
    return False


def pat_var_name(p: TPat) -> str:
    p = strip_pat(p)
    if p.kind in ("PVar", "PAlias"):
        return p.info.name  # type: ignore[union-attr]
    return "param"


# -- the translator ----------------------------------------------------------------------

class Translator:
    def __init__(self, unit: str, file: str):
        self.unit = unit
        self.file = file
        self.vars: dict[Ident, L.Var] = {}
        # Module aliases (``module L = Other.Sub``): uses of ``L.x`` go
        # through the aliased path, so that a component of another unit is
        # still loaded from that unit's block at each use (hot reload).
        self.aliases: dict[Ident, Path] = {}
        # The qualified name of the structure being translated, for the names
        # of its exceptions ("Unit.M.E"); empty inside expressions, where
        # OCaml names exceptions (local ones, let module's) by their name only.
        # exceptions are named after the unit's module path, so those of
        # the Stdlib unit Stdlib__Sys are "Stdlib.Sys.E", as in OCaml
        self.prefix = "Stdlib." + unit[len("Stdlib__"):] if unit.startswith("Stdlib__") else unit
        # Toplevel phrases: the earlier phrases' definitions, each a field of
        # that phrase's unit (robur/repl/phrase.py); and OCaml's toplevel
        # names its exceptions "E" and "M.E", without a unit.
        self.outer: dict[Ident, tuple[str, int]] = {}
        self.toplevel = False
        # robur dev's [@@robur.keep]: top-level bindings of this unit whose
        # value is the one the running version holds (field of its module
        # block), instead of their expression's (docs/hot-reload.md)
        self.kept: dict[str, int] = {}
        # the arity of each external used (the same few, +, = ..., at many places)
        self._prim_arity: dict[ValueDesc, int] = {}

    def prim_arity(self, desc: ValueDesc) -> int:
        n = self._prim_arity.get(desc)
        if n is None:
            n = self._prim_arity[desc] = P.arity_of_type(desc.type)
        return n

    # -- names ---------------------------------------------------------------------
    def bind(self, ident: Ident) -> L.Var:
        v = L.Var.fresh(ident.name)
        self.vars[ident] = v
        return v

    def ident_lam(self, ident: Ident, loc: Location = L.NOWHERE) -> L.Lam:
        alias = self.aliases.get(ident)
        if alias is not None:
            return self.path_lam(alias, loc, "m")
        v = self.vars.get(ident)
        if v is not None:
            return L.Local(v, loc=loc)
        slot = self.outer.get(ident)
        if slot is not None:
            return L.Prim("field", [L.Global(unit=slot[0], loc=loc)], slot[1], loc=loc)
        if ident.glob:
            if ident.name in predef.exn_ids and predef.exn_ids[ident.name] is ident:
                return predef_exn(ident.name)
            return L.Global(unit=ident.name, loc=loc)
        raise TranslError(f"unbound identifier {ident!r} at {loc!r}")

    def path_lam(self, p: Path, loc: Location = L.NOWHERE, ns: str = "v") -> L.Lam:
        """The runtime value of a path to a value (``ns`` "v"), an exception
        ("c") or a module ("m"): a module may share its name with an
        exception."""
        if isinstance(p, Ident):
            return self.ident_lam(p, loc)
        if isinstance(p, PDot):
            from .translmod import field_position
            if ns == "m":
                target = _unit_alias_target(p)
                if target is not None:
                    return self.path_lam(target, loc, "m")
            parent = self.path_lam(p.parent, loc, "m")
            return L.Prim("field", [parent], field_position(p.parent, p.name, ns), loc=loc)
        if isinstance(p, PApply):
            from .translmod import apply_functor_path
            return apply_functor_path(self, p, loc)
        raise TranslError(f"path {p!r}")

    def exn_lam(self, c: ConstrDesc, loc: Location) -> L.Lam:
        assert c.ext_path is not None
        return self.path_lam(c.ext_path, loc, "c")

    # -- expressions --------------------------------------------------------------------
    def expr(self, e: TExpr, name: str = "") -> L.Lam:
        kind = e.kind
        method = _EXPR_METHODS.get(kind)
        if method is None:
            raise TranslError(f"expression {kind} at {e.loc!r}")
        lam = method(self, e, name) if kind in _NAMED_KINDS else method(self, e)
        # (e.ast.loc, here and in the commonest x_ methods, is TExpr.loc
        # without the property call)
        if lam.loc is _NOWHERE:
            lam.loc = e.ast.loc
        return lam

    def x_Const(self, e: TExpr) -> L.Lam:
        return L.Const(constant(e.info), loc=e.ast.loc)  # type: ignore[arg-type]

    def x_Format(self, e: TExpr) -> L.Lam:
        # A format string is represented by its text; Printf interprets it
        # at run time (docs/lambda.md).
        return const(constant(e.info), e.loc)  # type: ignore[arg-type]

    def x_Ident(self, e: TExpr) -> L.Lam:
        path, desc = e.info  # type: ignore[misc]
        if desc.prims:
            return self.primitive_closure(desc, e.type, e.ast.loc)
        if path.__class__ is Ident:       # the commonest case, without path_lam's tests
            return self.ident_lam(path, e.ast.loc)
        return self.path_lam(path, e.ast.loc)

    def x_Constraint(self, e: TExpr, name: str = "") -> L.Lam:
        return self.expr(e.children[0], name)

    def x_LetOpen(self, e: TExpr) -> L.Lam:
        return self.expr(e.children[0])

    def x_Tuple(self, e: TExpr) -> L.Lam:
        return make_block(0, [self.expr(c) for c in e.children], False, e.loc)

    def x_Construct(self, e: TExpr) -> L.Lam:
        c: ConstrDesc = e.info  # type: ignore[assignment]
        if c.type_path is None:                     # an exception
            exn = self.exn_lam(c, e.loc)
            if c.constant:
                return exn
            args = self.constructor_args(c, e.children)
            return L.Prim("makeblock", [exn] + args, (0, False), loc=e.loc)
        loc = e.ast.loc
        if c.constant:
            return L.Const(L.CInt(c.tag), loc=loc)
        if c.record is not None:
            return self.record_fields(e.children[0], c.tag, loc)
        return make_block(c.tag, [self.expr(x) for x in e.children], False, loc)

    def constructor_args(self, c: ConstrDesc, children: list[TExpr]) -> list[L.Lam]:
        if c.record is not None:
            rec = children[0]
            lam = self.record_fields(rec, 0, rec.loc)
            if isinstance(lam, L.Prim) and lam.op == "makeblock":
                return lam.args
            if isinstance(lam, L.Const) and isinstance(lam.value, L.CBlock):
                return [L.Const(v) for v in lam.value.fields]
        return [self.expr(x) for x in children]

    # records --------------------------------------------------------------------------
    def x_Record(self, e: TExpr) -> L.Lam:
        return self.record_fields(e, 0, e.loc)

    def record_fields(self, e: TExpr, tag: int, loc: Location) -> L.Lam:
        """A record value (``tag`` is the constructor's for an inline record)."""
        descs: list[LabelDesc] = e.info  # type: ignore[assignment]
        base = e.ast.base is not None  # type: ignore[attr-defined]
        children = e.children[1:] if base else e.children
        first = descs[0]
        decl_labels = first.decl.labels
        flat = float_record(first)
        mutable = any(l.mutable for l in decl_labels)
        given = {l.pos: c for l, c in zip(descs, children)}
        if not base:
            fields = [self.expr(given[i]) for i in range(len(decl_labels))]
            if flat:
                return L.Prim("makefloatblock", fields, True, loc=loc)
            return make_block(tag, fields, mutable, loc)
        # {r with l = e}: every field not given is read from the base.
        bvar = L.Var.fresh("base")
        exprs = {pos: self.expr(c) for pos, c in given.items()}
        fields = []
        for i in range(len(decl_labels)):
            if i in exprs:
                fields.append(exprs[i])
            else:
                fields.append(L.Prim("floatfield" if flat else "field", [L.Local(bvar)], i, loc=loc))
        block = (L.Prim("makefloatblock", fields, True, loc=loc) if flat
                 else L.Prim("makeblock", fields, (tag, mutable), loc=loc))
        return L.Let(bvar, self.expr(e.children[0]), block, loc=loc)

    def x_Field(self, e: TExpr) -> L.Lam:
        l: LabelDesc = e.info  # type: ignore[assignment]
        rec = self.expr(e.children[0])
        if float_record(l):
            return L.Prim("floatfield", [rec], l.pos, loc=e.loc)
        return L.Prim("field", [rec], l.pos + field_offset(l), loc=e.loc)

    def x_SetField(self, e: TExpr) -> L.Lam:
        l: LabelDesc = e.info  # type: ignore[assignment]
        rec, v = self.expr(e.children[0]), self.expr(e.children[1])
        if float_record(l):
            return L.Prim("setfloatfield", [rec, v], l.pos, loc=e.loc)
        return L.Prim("setfield", [rec, v], l.pos + field_offset(l), loc=e.loc)

    def x_Array(self, e: TExpr) -> L.Lam:
        kind = P.array_kind(e.type)
        return L.Prim("makearray", [self.expr(c) for c in e.children], kind, loc=e.loc)

    # control ----------------------------------------------------------------------------
    def x_IfThenElse(self, e: TExpr) -> L.Lam:
        cond = self.expr(e.children[0])
        then = self.expr(e.children[1])
        els = self.expr(e.children[2]) if len(e.children) > 2 else unit_lam()
        return L.If(cond, then, els, loc=e.loc)

    def x_Sequence(self, e: TExpr) -> L.Lam:
        return L.Seq(self.expr(e.children[0]), self.expr(e.children[1]), loc=e.ast.loc)

    def x_While(self, e: TExpr) -> L.Lam:
        return L.While(self.expr(e.children[0]), self.expr(e.children[1]), loc=e.loc)

    def x_For(self, e: TExpr) -> L.Lam:
        start, stop = self.expr(e.children[0]), self.expr(e.children[1])
        ident = e.info
        v = self.bind(ident) if isinstance(ident, Ident) else L.Var.fresh("i")
        body = self.expr(e.children[2])
        return L.For(v, start, stop, e.ast.upward, body, loc=e.loc)  # type: ignore[attr-defined]

    def x_Assert(self, e: TExpr) -> L.Lam:
        return L.If(self.expr(e.children[0]), unit_lam(), raise_with_location("Assert_failure", e.loc),
                    loc=e.loc)

    def x_AssertFalse(self, e: TExpr) -> L.Lam:
        return raise_with_location("Assert_failure", e.loc)

    def x_Lazy(self, e: TExpr, in_rec: bool = False) -> L.Lam:
        # A suspension is a block tagged Lazy_tag (246) holding a closure of
        # unit, as in OCaml; forcing (caml_lazy_force) overwrites it with
        # the value and retags it Forward_tag (250).  As in OCaml, what needs
        # no computation is already forced (Lazy.is_val says so): a constant
        # or a function is its own value, a float or a variable (it could
        # hold a float or a suspension) goes in a Forward block.  Not for
        # `let rec x = lazy ...`, which fills a dummy block of size 1.
        shortcut = None if in_rec else lazy_shortcut(e.children[0])
        if shortcut == "value":
            return self.expr(e.children[0])
        if shortcut == "forward":
            return L.Prim("makeblock", [self.expr(e.children[0])], (250, False), loc=e.loc)
        body = self.expr(e.children[0])
        thunk = L.Function([L.Var.fresh("unit")], body, "lazy", loc=e.loc)
        return L.Prim("makeblock", [thunk], (246, True), loc=e.loc)

    # bindings ---------------------------------------------------------------------------
    def x_Let(self, e: TExpr) -> L.Lam:
        return self.let_bindings(e.ast.rec, e.info, lambda: self.expr(e.children[0]), e.loc)  # type: ignore[arg-type,attr-defined]

    def let_bindings(self, rec: bool, bindings: list[TBinding], body: Callable[[], L.Lam],
                     loc: Location, toplevel: bool = False) -> L.Lam:
        """``let [rec] p1 = e1 and ... in body``; ``body`` is translated once
        the pattern variables are bound.  A pattern that does not match
        raises Match_failure at the ``let`` expression, or, for a structure
        item (``toplevel``), at the pattern (as ocamlc does)."""
        if rec:
            return self.let_rec(bindings, body, loc)
        # Non-recursive: every right-hand side is evaluated first, in order.
        values = []
        for b in bindings:
            p = strip_pat(b.pat)
            if toplevel and p.kind == "PVar" and p.info.name in self.kept:  # type: ignore[union-attr]
                lam: L.Lam = L.Prim("ccall", [const(L.CInt(self.kept[p.info.name]))],  # type: ignore[union-attr]
                                    L.External("caml_robur_kept", 1), loc=loc)
            else:
                lam = self.expr(b.expr, pat_var_name(p))
            values.append((p, lam, b.pat.loc if toplevel else loc))
        from .matching import bind_pattern

        def bind_from(i: int) -> L.Lam:
            if i == len(values):
                return body()
            p, lam, fail_loc = values[i]
            if p.kind == "PVar":
                v = self.bind(p.info)  # type: ignore[arg-type]
                return L.Let(v, lam, bind_from(i + 1), loc=loc)
            return bind_pattern(self, lam, p, lambda: bind_from(i + 1), fail_loc)
        return bind_from(0)

    def let_rec(self, bindings: list[TBinding], body: Callable[[], L.Lam], loc: Location) -> L.Lam:
        """``let rec``.  Functions go into one LetRec.  A recursive *value*
        whose block size is known (``let rec l = 1 :: l``) is handled as in
        OCaml: a dummy block of that size is allocated first
        (``caml_alloc_dummy``), the functions and values are built with the
        dummy standing for the variable, then the dummy is overwritten in
        place with the value's contents (``caml_update_dummy``).  Other
        right-hand sides cannot refer to the variables being defined (the
        type checker only accepts them when they do not), so they are plain
        lets evaluated first."""
        funs: list[tuple[L.Var, TExpr]] = []
        statics: list[tuple[L.Var, TExpr, int]] = []
        plain: list[tuple[L.Var, TExpr]] = []
        for b in bindings:
            p = strip_pat(b.pat)
            v = self.bind(p.info) if p.kind == "PVar" else L.Var.fresh("_")  # type: ignore[arg-type]
            e = b.expr
            while e.kind == "Constraint":
                e = e.children[0]
            if e.kind in ("Fun", "Function"):
                funs.append((v, b.expr))
                continue
            size = static_size(e)
            if size is None:
                plain.append((v, b.expr))
            else:
                statics.append((v, b.expr, size))
        updates = [P.ccall("caml_update_dummy", [L.Local(v), self._rec_static(e, v.name)], loc)
                   for v, e, _ in statics]
        lam = body()
        for u in reversed(updates):
            lam = L.Seq(u, lam, loc=loc)
        if funs:
            lam = L.LetRec([(v, self.expr(e, v.name)) for v, e in funs], lam, loc=loc)
        for v, _, size in reversed(statics):
            lam = L.Let(v, P.ccall("caml_alloc_dummy", [L.Const(L.CInt(size))], loc), lam, loc=loc)
        for v, e in reversed(plain):
            lam = L.Let(v, self.expr(e, v.name), lam, loc=loc)
        return lam

    def _rec_static(self, e: TExpr, name: str) -> L.Lam:
        """A `let rec` right-hand side of known size: a `lazy` one stays a
        suspension block (its size was promised to the dummy)."""
        inner = e
        while inner.kind == "Constraint":
            inner = inner.children[0]
        if inner.kind == "Lazy":
            return self.x_Lazy(inner, in_rec=True)
        return self.expr(e, name)

    def x_LetModule(self, e: TExpr) -> L.Lam:
        from .translmod import transl_module
        saved, self.prefix = self.prefix, ""
        try:
            mod = transl_module(self, e.children[0], e.info.name)  # type: ignore[union-attr]
        finally:
            self.prefix = saved
        if e.children[0].kind == "ident":
            self.aliases[e.info] = e.children[0].info  # type: ignore[index]
        v = self.bind(e.info)  # type: ignore[arg-type]
        return L.Let(v, mod, self.expr(e.children[1]), loc=e.loc)

    def x_LetException(self, e: TExpr) -> L.Lam:
        ident, decl = e.info  # type: ignore[misc]
        block = exception_block(ident.name, e.loc)
        v = self.bind(ident)
        return L.Let(v, block, self.expr(e.children[0]), loc=e.loc)

    # functions --------------------------------------------------------------------------
    def x_Fun(self, e: TExpr, name: str = "") -> L.Lam:
        return self.function(e, name)

    def x_Function(self, e: TExpr, name: str = "") -> L.Lam:
        return self.function(e, name)

    def function(self, e: TExpr, name: str) -> L.Lam:
        """``fun p1 -> fun p2 -> ... -> body`` is one Function with several
        parameters, as in OCaml, as long as the patterns cannot fail (a
        refutable pattern ends the chain: a partial application then
        matches, and raises, at once)."""
        from .matching import bind_pattern, compile_cases
        params: list[L.Var] = []
        pending: list[tuple[L.Var, TPat, Location]] = []
        cur = e
        body: Optional[Callable[[], L.Lam]] = None
        while True:
            if cur.kind == "Fun":
                case = cur.children[0]
                p = strip_pat(case.pat)
                if p.kind == "PVar":
                    v = self.bind(p.info)  # type: ignore[arg-type]
                else:
                    v = L.Var.fresh(pat_var_name(p))
                    pending.append((v, p, cur.loc))
                params.append(v)
                cur = case.body
                if (irrefutable(p) and cur.kind in ("Fun", "Function") and not cur.ast.attrs
                        and len(params) < MAX_ARITY):
                    continue
                break
            if cur.kind == "Function":
                v = L.Var.fresh("param")
                params.append(v)
                fn = cur
                body = lambda: compile_cases(self, L.Local(v), fn.children, fn.loc, "Match_failure")
                break
            break
        if body is None:
            final = cur
            body = lambda: self.expr(final)

        def with_patterns(i: int) -> L.Lam:
            if i == len(pending):
                return body()  # type: ignore[misc]
            v, p, loc = pending[i]
            return bind_pattern(self, L.Local(v), p, lambda: with_patterns(i + 1), loc)
        return L.Function(params, with_patterns(0), name, loc=e.loc)

    # application ----------------------------------------------------------------------------
    def x_Apply(self, e: TExpr) -> L.Lam:
        fn, args = e.children[0], e.children[1:]
        if fn.kind == "Ident" and fn.info[1].prims:  # type: ignore[index]
            return self.apply_primitive(fn, args, e.ast.loc)
        return L.Apply(self.expr(fn), [self.expr(a) for a in args], loc=e.ast.loc)

    def apply_primitive(self, fn: TExpr, args: list[TExpr], loc: Location) -> L.Lam:
        _, desc = fn.info  # type: ignore[misc]
        arity = self.prim_arity(desc)
        lams = [self.expr(a) for a in args]
        if len(lams) < arity:
            # Partial application: evaluate the given arguments now, then
            # return a closure waiting for the rest.
            binds = []
            given: list[L.Lam] = []
            for a in lams:
                if isinstance(a, (L.Const, L.Local, L.Global)):
                    given.append(a)
                else:
                    v = L.Var.fresh("arg")
                    binds.append((v, a))
                    given.append(L.Local(v))
            rest = [L.Var.fresh("x") for _ in range(arity - len(lams))]
            body = P.translate(desc.prims, fn.type, given + [L.Local(v) for v in rest], loc, self.loc_info(loc))
            lam: L.Lam = L.Function(rest, body, fn.ast.name[-1], loc=loc)  # type: ignore[attr-defined]
            # the last argument ends up outermost: evaluated first, as
            # arguments are (right to left)
            for v, a in binds:
                lam = L.Let(v, a, lam, loc=loc)
            return lam
        head = P.translate(desc.prims, fn.type, lams[:arity], loc, self.loc_info(loc))
        if len(lams) > arity:
            return L.Apply(head, lams[arity:], loc=loc)
        return head

    def primitive_closure(self, desc, ty, loc: Location) -> L.Lam:
        """An external used as a value: eta-expanded into a function."""
        arity = self.prim_arity(desc)
        if arity == 0:
            return P.translate(desc.prims, ty, [], loc, self.loc_info(loc))
        params = [L.Var.fresh("x") for _ in range(arity)]
        body = P.translate(desc.prims, ty, [L.Local(v) for v in params], loc, self.loc_info(loc))
        return L.Function(params, body, desc.prims[0].lstrip("%"), loc=loc)

    def loc_info(self, loc: Location) -> Callable[[str], L.Lam]:
        def info(what: str) -> L.Lam:
            f = L.CString(loc.file.encode("latin-1"))
            if what == "FILE":
                return L.Const(f)
            if what == "LINE":
                return L.Const(L.CInt(loc.line))
            if what == "MODULE":
                return L.Const(L.CString(self.unit.encode("latin-1")))
            if what == "POS":
                return L.Const(L.CBlock(0, (f, L.CInt(loc.line), L.CInt(loc.col), L.CInt(loc.end_col))))
            if what == "LOC":
                text = f'File "{loc.file}", line {loc.line}, characters {loc.col}-{loc.end_col}'
                return L.Const(L.CString(text.encode("latin-1")))
            return L.Const(L.CString(self.unit.encode("latin-1")))
        return info

    # matching -----------------------------------------------------------------------------
    def x_Match(self, e: TExpr) -> L.Lam:
        from .matching import compile_match
        return compile_match(self, e)

    def x_Try(self, e: TExpr) -> L.Lam:
        from .matching import compile_try
        return compile_try(self, e)


# ``expr``'s dispatch: expression kind -> method (a dict lookup rather than a
# getattr on a built name for every node).
_EXPR_METHODS: dict[str, Callable] = {
    name[2:]: f for name, f in vars(Translator).items() if name.startswith("x_")}
_NAMED_KINDS = frozenset(("Fun", "Function", "Constraint"))   # take the bound name


def lazy_shortcut(e: TExpr) -> Optional[str]:
    """How ``lazy e`` is built when ``e`` needs no computation (OCaml's
    classification): "value" (e itself: constants but floats, functions,
    constant constructors), "forward" (a Forward block: floats, variables),
    or None (a suspension)."""
    while e.kind == "Constraint":
        e = e.children[0]
    k = e.kind
    if k == "Const":
        return "forward" if isinstance(e.info, A.ConstFloat) else "value"
    if k in ("Fun", "Function"):
        return "value"
    if k == "Construct" and e.info.constant:  # type: ignore[union-attr]
        return "value"
    if k == "Ident":
        return "forward"
    return None


def static_size(e: TExpr) -> Optional[int]:
    """The size of the block ``e`` allocates, when known statically (the
    recursive values of ``let rec``), else None."""
    while e.kind in ("Constraint", "LetOpen"):
        e = e.children[0]
    k = e.kind
    if k == "Tuple" or k == "Array":
        return len(e.children) or None
    if k == "Lazy":
        return 1
    if k == "Record":
        return len(e.info[0].decl.labels)  # type: ignore[index]
    if k == "Construct":
        c: ConstrDesc = e.info  # type: ignore[assignment]
        if c.constant:
            return None
        if c.record is not None:
            n = len(c.record)
        else:
            n = len(c.args)
        return n + 1 if c.type_path is None else n
    if k in ("Let", "LetModule", "LetException", "Sequence"):
        return static_size(e.children[-1]) if k != "LetModule" else static_size(e.children[1])
    return None


def field_offset(l: LabelDesc) -> int:
    """1 for the fields of an exception's inline record (``exception E of
    {x : int}``): they follow the exception's identity in its block.  The
    type checker names that record type after the constructor (env.exn_desc),
    and only a constructor name can start with a capital letter."""
    from ..typing.types import path_last
    if getattr(l.decl, "_inline_of", None) is None and path_last(l.type_path)[:1].isupper():
        return 1
    return 0


def float_record(l: LabelDesc) -> bool:
    """Records whose fields are all declared float are flat float blocks
    (Double_array_tag), as in OCaml."""
    decl = l.decl
    cached = getattr(decl, "_robur_flat", None)
    if cached is None:
        cached = bool(decl.labels) and getattr(decl, "_inline_of", None) is None and not field_offset(l) and all(
            P.scalar_kind(x.type) == "float" for x in decl.labels)
        try:
            decl._robur_flat = cached  # type: ignore[attr-defined]
        except AttributeError:
            pass
    return cached


def _unit_alias_target(p: PDot) -> Optional[Path]:
    """The unit a path such as ``Stdlib.List`` is an alias of (it has no
    field in its parent's block), else None."""
    from ..typing.env import LookupError_, find_module
    from .translmod import is_unit_alias
    try:
        mty = find_module(p)
    except LookupError_:    # not resolvable here: a plain field
        return None
    return mty.path if is_unit_alias(mty) else None  # type: ignore[union-attr]
