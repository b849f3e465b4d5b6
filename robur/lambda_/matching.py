"""Pattern matching → decision trees (OCaml's matching.ml).  The only place
that compiles patterns.

A match is a matrix: one row per clause, one column per value still to be
examined (an *occurrence*, a lambda variable).  Rows are split, top to
bottom, into blocks that can be compiled together (as in the backtracking
automata of Le Fessant and Maranget, used by OCaml):

- a block of rows whose first pattern is a wildcard drops the column;
- a block of rows whose first patterns are constructors/constants tests the
  occurrence once (a Switch on immediates and tags, a StringSwitch, or a
  chain of Ifs for floats, intervals and exceptions) and specialises each
  row into the arm of its constructor.

A block that fails jumps (StaticRaise) to the next block.  Every row lands
in exactly one arm at every level, so the code is linear in the size of the
patterns.  Clause bodies are compiled once, in StaticCatch handlers that
the tree jumps to with the pattern variables as arguments (simplify.py
inlines a handler used once).  Or-patterns are expanded into rows when
nothing but bindings follows them, otherwise compiled as a small match of
their own that jumps to a handler for the rest of the row, never copying
it.  A guard is tested where its row is reached; when it fails, matching
goes on with the rows below.  Tuples, records and lazy values need no
test: their column is replaced by their components.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from ..syntax.location import Location
from ..typing import predef
from ..typing.typedtree import TCase, TExpr, TPat
from ..typing.types import ConstrDesc, LabelDesc
from . import ir as L
from . import primitives as P
from .translcore import Translator, constant, raise_with_location, strip_pat

ANY = TPat("PAny", None, None)   # type: ignore[arg-type]


@dataclass(eq=False)
class Clause:
    """What a row does once its patterns matched: jump to ``label`` with the
    variables ``names`` (in this order) as arguments; ``guard`` first."""
    label: int
    names: list[str]
    idents: dict               # name -> Ident seen by guard and body
    guard: Optional[TExpr]
    body: Optional[Callable[[], L.Lam]]
    uses: int = 0


@dataclass(eq=False)
class Row:
    pats: list[TPat]
    binds: dict[str, L.Var]
    clause: Clause


def pattern_idents(p: TPat, out: Optional[dict] = None) -> dict:
    """name -> Ident of the variables a pattern binds (the left alternative
    of an or-pattern names them for the guard and body)."""
    if out is None:
        out = {}
    k = p.kind
    if k in ("PVar", "PAlias"):
        out[p.info.name] = p.info  # type: ignore[union-attr]
    if k == "POr":
        pattern_idents(p.children[0], out)
        return out
    for c in p.children:
        if isinstance(c, TPat):
            pattern_idents(c, out)
    return out


class MatchCompiler:
    def __init__(self, tr: Translator):
        self.tr = tr
        self.clauses: list[Clause] = []

    # -- entry ----------------------------------------------------------------------
    def new_clause(self, pat: TPat, guard: Optional[TExpr], body: Callable[[], L.Lam]) -> Clause:
        ids = pattern_idents(pat)
        c = Clause(L.fresh_label(), list(ids), ids, guard, body)
        self.clauses.append(c)
        return c

    def run(self, occs: list[L.Var], rows: list[Row], fail: L.Lam) -> L.Lam:
        """The tree for ``rows`` on ``occs``, wrapped in the handlers of the
        clause bodies and of the final failure ``fail``."""
        fail_label = L.fresh_label()
        tree = self.compile(rows, occs, fail_label)
        tree = L.StaticCatch(tree, fail_label, [], fail)
        for c in self.clauses:
            if c.uses == 0 or c.body is None:
                continue
            params = []
            for n in c.names:
                v = L.Var.fresh(n)
                self.tr.vars[c.idents[n]] = v
                params.append(v)
            tree = L.StaticCatch(tree, c.label, params, c.body())
        return tree

    # -- the matrix -------------------------------------------------------------------
    def compile(self, rows: list[Row], occs: list[L.Var], fail: int) -> L.Lam:
        if not rows:
            return L.StaticRaise(fail)
        if not occs:
            return self.finish(rows[0], lambda: self.compile(rows[1:], occs, fail))
        rows = [self.simplify_head(r, occs[0]) for r in rows]
        # alternatives may themselves be aliases or variables
        rows = [self.simplify_head(r, occs[0]) for r in self.expand_ors(rows)]
        head_kinds = {strip_pat(r.pats[0]).kind for r in rows}
        if head_kinds & {"PTuple", "PRecord", "PLazy"} and "POr" not in head_kinds:
            return self.expand_product(rows, occs, fail)
        blocks = self.split(rows)
        return self.chain(blocks, occs, fail)

    def chain(self, blocks: list[list[Row]], occs: list[L.Var], fail: int) -> L.Lam:
        if len(blocks) == 1:
            return self.block(blocks[0], occs, fail)
        nxt = L.fresh_label()
        first = self.block(blocks[0], occs, nxt)
        return L.StaticCatch(first, nxt, [], self.chain(blocks[1:], occs, fail))

    def simplify_head(self, r: Row, occ: L.Var) -> Row:
        """Strip constraints; bind variables and aliases to the occurrence."""
        p = r.pats[0]
        binds = r.binds
        while True:
            if p.kind == "PConstraint":
                p = p.children[0]
            elif p.kind == "PAlias":
                binds = dict(binds)
                binds[p.info.name] = occ  # type: ignore[union-attr]
                p = p.children[0]
            elif p.kind == "PVar":
                binds = dict(binds)
                binds[p.info.name] = occ  # type: ignore[union-attr]
                p = ANY
            else:
                break
        if p is r.pats[0] and binds is r.binds:
            return r
        return Row([p] + r.pats[1:], binds, r.clause)

    def expand_ors(self, rows: list[Row]) -> list[Row]:
        """Or-patterns followed only by bindings become one row per
        alternative (sharing the clause's action)."""
        out = []
        for r in rows:
            p = r.pats[0]
            if p.kind == "POr" and r.clause.guard is None and all(_binds_only(q) for q in r.pats[1:]):
                for alt in _alternatives(p):
                    out.extend(self.expand_ors([Row([alt] + r.pats[1:], r.binds, r.clause)]))
            else:
                out.append(r)
        return out

    def split(self, rows: list[Row]) -> list[list[Row]]:
        """Maximal runs of rows compilable together."""
        blocks: list[list[Row]] = []
        for r in rows:
            k = _block_kind(r.pats[0])
            if blocks and k == "any" and _block_kind(blocks[-1][0].pats[0]) == "product":
                blocks[-1].append(r)
            elif blocks and k == _block_kind(blocks[-1][0].pats[0]) and k not in ("or",) and (
                    k != "interval" or _same_interval(r.pats[0], blocks[-1][0].pats[0])):
                blocks[-1].append(r)
            else:
                blocks.append([r])
        return blocks

    def block(self, rows: list[Row], occs: list[L.Var], fail: int) -> L.Lam:
        p = rows[0].pats[0]
        k = _block_kind(p)
        if k == "any":
            return self.compile([Row(r.pats[1:], r.binds, r.clause) for r in rows], occs[1:], fail)
        if k == "or":
            return self.or_block(rows[0], occs, fail)
        if k == "product":
            return self.expand_product(rows, occs, fail)
        if k == "interval":
            return self.interval_block(rows, occs, fail)
        if k == "array":
            return self.array_block(rows, occs, fail)
        if k == "exn":
            return self.exception_block(rows, occs, fail)
        if k == "constr":
            return self.constructor_block(rows, occs, fail)
        return self.constant_block(rows, occs, fail)

    def finish(self, r: Row, rest: Callable[[], L.Lam]) -> L.Lam:
        c = r.clause
        c.uses += 1
        jump = L.StaticRaise(c.label, [L.Local(r.binds[n]) for n in c.names])
        if c.guard is None:
            return jump
        for n in c.names:
            self.tr.vars[c.idents[n]] = r.binds[n]
        g = self.tr.expr(c.guard)
        return L.If(g, jump, rest(), loc=c.guard.loc)

    # -- products: tuples, records, lazy ------------------------------------------------
    def expand_product(self, rows: list[Row], occs: list[L.Var], fail: int) -> L.Lam:
        sample = next(strip_pat(r.pats[0]) for r in rows if strip_pat(r.pats[0]).kind != "PAny")
        occ = occs[0]
        if sample.kind == "PLazy":
            forced = L.Var.fresh("lazy")
            new_rows = [Row([_sub(r.pats[0], 0, 1)] + r.pats[1:], r.binds, r.clause) for r in rows]
            force = P.lazy_force(L.Local(occ), sample.loc)
            return L.Let(forced, force, self.compile(new_rows, [forced] + occs[1:], fail))
        if sample.kind == "PTuple":
            n = len(sample.children)
            loads = [(i, "field") for i in range(n)]
        else:
            descs: list[LabelDesc] = sample.info  # type: ignore[assignment]
            n = len(descs[0].all)
            from .translcore import float_record
            op = "floatfield" if float_record(descs[0]) else "field"
            loads = [(i, op) for i in range(n)]
        new_rows = [Row([_sub(r.pats[0], i, n) for i in range(n)] + r.pats[1:], r.binds, r.clause)
                    for r in rows]
        return self.with_components(occ, loads, new_rows, occs[1:], fail)

    def with_components(self, occ: L.Var, loads: list[tuple[int, str]], rows: list[Row],
                        rest_occs: list[L.Var], fail: int, kind: object = None) -> L.Lam:
        """Bind the components of ``occ`` that some row examines or binds
        (columns that are wildcards in every row are dropped), then go on."""
        n = len(loads)
        keep = [i for i in range(n) if any(strip_pat(r.pats[i]).kind != "PAny" or
                                           _has_binding(r.pats[i]) for r in rows)]
        vars_ = {i: L.Var.fresh("f") for i in keep}
        new_rows = [Row([r.pats[i] for i in keep] + r.pats[n:], r.binds, r.clause) for r in rows]
        tree = self.compile(new_rows, [vars_[i] for i in keep] + rest_occs, fail)
        for i in reversed(keep):
            idx, op = loads[i]
            if op in ("arrayrefu",):
                load = L.Prim(op, [L.Local(occ), L.Const(L.CInt(idx))], kind)
            else:
                load = L.Prim(op, [L.Local(occ)], idx)
            tree = L.Let(vars_[i], load, tree)
        return tree

    # -- or-patterns that guard or precede tests: a match of their own ----------------------
    def or_block(self, r: Row, occs: list[L.Var], fail: int) -> L.Lam:
        p = r.pats[0]
        names = list(pattern_idents(p))
        k = L.fresh_label()
        params = [L.Var.fresh(n) for n in names]
        inner = Clause(k, names, {}, None, None)
        alt_rows = [Row([alt], {}, inner) for alt in _alternatives(p)]
        body = self.compile(alt_rows, [occs[0]], fail)
        binds = dict(r.binds)
        binds.update(zip(names, params))
        handler = self.compile([Row(r.pats[1:], binds, r.clause)], occs[1:], fail)
        return L.StaticCatch(body, k, params, handler)

    # -- constructors ----------------------------------------------------------------------------
    def constructor_block(self, rows: list[Row], occs: list[L.Var], fail: int) -> L.Lam:
        occ = occs[0]
        groups: dict[tuple[bool, int], list[Row]] = {}
        descs: dict[tuple[bool, int], ConstrDesc] = {}
        for r in rows:
            p = strip_pat(r.pats[0])
            c: ConstrDesc = p.info  # type: ignore[assignment]
            key = (c.constant, c.tag)
            groups.setdefault(key, []).append(r)
            descs[key] = c
        any_desc = next(iter(descs.values()))
        arms: dict[tuple[bool, int], L.Lam] = {}
        for key, grows in groups.items():
            c = descs[key]
            if c.constant:
                arms[key] = self.compile([Row(r.pats[1:], r.binds, r.clause) for r in grows], occs[1:], fail)
            elif c.record is not None:
                # An inline record is the constructor's block itself.
                new_rows = [Row([_sub(r.pats[0], 0, 1)] + r.pats[1:], r.binds, r.clause) for r in grows]
                arms[key] = self.compile(new_rows, [occ] + occs[1:], fail)
            else:
                n = len(c.args)
                new_rows = [Row([_sub(r.pats[0], i, n) for i in range(n)] + r.pats[1:], r.binds, r.clause)
                            for r in grows]
                arms[key] = self.with_components(occ, [(i, "field") for i in range(n)], new_rows,
                                                 occs[1:], fail)
        nconsts, nblocks = any_desc.nconsts, any_desc.nblocks
        complete = len(arms) == nconsts + nblocks
        if any_desc.type_path is predef.path_bool:
            t = arms.get((True, 1), L.StaticRaise(fail))
            f = arms.get((True, 0), L.StaticRaise(fail))
            return L.If(L.Local(occ), t, f)
        if len(arms) == 1 and complete:
            return next(iter(arms.values()))
        consts = sorted((tag, a) for (const, tag), a in arms.items() if const)
        blocks = sorted((tag, a) for (const, tag), a in arms.items() if not const)
        return L.Switch(L.Local(occ), consts, blocks, None if complete else L.StaticRaise(fail),
                        nconsts, nblocks)

    def exception_block(self, rows: list[Row], occs: list[L.Var], fail: int) -> L.Lam:
        """Exceptions are compared by identity, one after the other: a
        constant exception is its identity block, one with arguments holds
        it in field 0."""
        occ = occs[0]
        groups: list[tuple[ConstrDesc, object, list[Row]]] = []
        for r in rows:
            c: ConstrDesc = strip_pat(r.pats[0]).info  # type: ignore[assignment]
            key = c.ext_path
            for g in groups:
                if g[1] == key:
                    g[2].append(r)
                    break
            else:
                groups.append((c, key, [r]))
        tree: L.Lam = L.StaticRaise(fail)
        for c, _, grows in reversed(groups):
            exn = self.tr.exn_lam(c, strip_pat(grows[0].pats[0]).loc)
            if c.constant:
                test = L.Prim("intcomp", [L.Local(occ), exn], "eq")
                arm = self.compile([Row(r.pats[1:], r.binds, r.clause) for r in grows], occs[1:], fail)
            elif c.record is not None:
                # an inline record's fields follow the identity in the block
                test = L.Prim("intcomp", [L.Prim("field", [L.Local(occ)], 0), exn], "eq")
                n = len(c.record)
                new_rows = []
                for r in grows:
                    rec, binds = strip_pat(_sub(r.pats[0], 0, 1)), r.binds
                    while rec.kind in ("PVar", "PAlias"):    # E r: r is the block itself
                        binds = {**binds, rec.info.name: occ}  # type: ignore[union-attr]
                        rec = strip_pat(rec.children[0]) if rec.kind == "PAlias" else ANY
                    new_rows.append(Row([_sub(rec, i, n) for i in range(n)] + r.pats[1:], binds, r.clause))
                arm = self.with_components(occ, [(i + 1, "field") for i in range(n)], new_rows,
                                           occs[1:], fail)
            else:
                test = L.Prim("intcomp", [L.Prim("field", [L.Local(occ)], 0), exn], "eq")
                n = len(c.args)
                new_rows = [Row([_sub(r.pats[0], i, n) for i in range(n)] + r.pats[1:], r.binds, r.clause)
                            for r in grows]
                arm = self.with_components(occ, [(i + 1, "field") for i in range(n)], new_rows,
                                           occs[1:], fail)
            tree = L.If(test, arm, tree)
        return tree

    # -- constants -------------------------------------------------------------------------------
    def constant_block(self, rows: list[Row], occs: list[L.Var], fail: int) -> L.Lam:
        occ = occs[0]
        groups: dict[object, list[Row]] = {}
        values: dict[object, L.Constant] = {}
        for r in rows:
            v = constant(strip_pat(r.pats[0]).info)  # type: ignore[arg-type]
            key = _const_key(v)
            groups.setdefault(key, []).append(r)
            values[key] = v
        arms = {key: self.compile([Row(r.pats[1:], r.binds, r.clause) for r in g], occs[1:], fail)
                for key, g in groups.items()}
        sample = next(iter(values.values()))
        if isinstance(sample, L.CInt):
            cases = sorted((values[k].value, a) for k, a in arms.items())  # type: ignore[attr-defined]
            return L.Switch(L.Local(occ), cases, [], L.StaticRaise(fail), 0, 0)
        if isinstance(sample, L.CString):
            return L.StringSwitch(L.Local(occ), [(values[k].value, a) for k, a in arms.items()],  # type: ignore[attr-defined]
                                  L.StaticRaise(fail))
        tree: L.Lam = L.StaticRaise(fail)
        for key in reversed(list(arms)):
            v = values[key]
            if isinstance(v, L.CFloat):
                test = L.Prim("floatcomp", [L.Local(occ), L.Const(v)], "eq")
            else:
                test = P.ccall("caml_equal", [L.Local(occ), L.Const(v)], L.NOWHERE)
            tree = L.If(test, arms[key], tree)
        return tree

    def interval_block(self, rows: list[Row], occs: list[L.Var], fail: int) -> L.Lam:
        occ = occs[0]
        p = strip_pat(rows[0].pats[0])
        lo, hi = constant(p.ast.low), constant(p.ast.high)  # type: ignore[attr-defined]
        if isinstance(lo, L.CInt) and isinstance(hi, L.CInt) and lo.value > hi.value:
            lo, hi = hi, lo
        arm = self.compile([Row(r.pats[1:], r.binds, r.clause) for r in rows], occs[1:], fail)
        is_float = isinstance(lo, L.CFloat)
        op = "floatcomp" if is_float else "intcomp"
        if not is_float and not isinstance(lo, L.CInt):
            raise NotImplementedError("interval pattern on this type")
        ge = L.Prim(op, [L.Local(occ), L.Const(lo)], "ge")
        le = L.Prim(op, [L.Local(occ), L.Const(hi)], "le")
        return L.If(ge, L.If(le, arm, L.StaticRaise(fail)), L.StaticRaise(fail))

    def array_block(self, rows: list[Row], occs: list[L.Var], fail: int) -> L.Lam:
        occ = occs[0]
        kind = P.array_kind(strip_pat(rows[0].pats[0]).type)
        groups: dict[int, list[Row]] = {}
        for r in rows:
            groups.setdefault(len(strip_pat(r.pats[0]).children), []).append(r)
        cases = []
        for n, grows in sorted(groups.items()):
            new_rows = [Row([_sub(r.pats[0], i, n) for i in range(n)] + r.pats[1:], r.binds, r.clause)
                        for r in grows]
            cases.append((n, self.with_components(occ, [(i, "arrayrefu") for i in range(n)], new_rows,
                                                  occs[1:], fail, kind)))
        length = L.Prim("arraylength", [L.Local(occ)], kind)
        return L.Switch(length, cases, [], L.StaticRaise(fail), 0, 0)


# -- pattern helpers --------------------------------------------------------------------------

def _alternatives(p: TPat) -> list[TPat]:
    p = strip_pat(p)
    if p.kind == "POr":
        return _alternatives(p.children[0]) + _alternatives(p.children[1])
    return [p]


def _binds_only(p: TPat) -> bool:
    p = strip_pat(p)
    if p.kind in ("PAny", "PVar"):
        return True
    if p.kind == "PAlias":
        return _binds_only(p.children[0])
    return False


def _has_binding(p: TPat) -> bool:
    p = strip_pat(p)
    return p.kind in ("PVar", "PAlias")


def _block_kind(p: TPat) -> str:
    p = strip_pat(p)
    k = p.kind
    if k == "PAny":
        return "any"
    if k == "POr":
        return "or"
    if k == "PInterval":
        return "interval"
    if k == "PArray":
        return "array"
    if k in ("PTuple", "PRecord", "PLazy"):
        return "product"
    if k == "PConstruct":
        return "exn" if p.info.type_path is None else "constr"  # type: ignore[union-attr]
    if k == "PConst":
        return "const"
    raise NotImplementedError(f"pattern {k}")


def _same_interval(a: TPat, b: TPat) -> bool:
    a, b = strip_pat(a), strip_pat(b)
    return a.ast == b.ast


def _sub(p: TPat, i: int, n: int) -> TPat:
    """Component ``i`` of ``n`` of a product or constructor pattern (a
    wildcard gives wildcards; a record pattern names only some fields)."""
    p = strip_pat(p)
    if p.kind == "PAny":
        return ANY
    if p.kind == "PRecord":
        for l, c in zip(p.info, p.children):  # type: ignore[call-overload]
            if l.pos == i:
                return c
        return ANY
    if p.kind == "PConstruct" and p.info.record is not None:  # type: ignore[union-attr]
        return p.children[0] if p.children else ANY
    if not p.children:
        return ANY
    return p.children[i]


def _const_key(v: L.Constant) -> object:
    if isinstance(v, L.CFloat):
        return ("f", float(v.text.replace("_", "")) if "x" not in v.text.lower() else v.text)
    return v


# -- entry points used by translcore -------------------------------------------------------------

def occurrence(scrut: L.Lam) -> tuple[L.Var, Callable[[L.Lam], L.Lam]]:
    """A variable for the scrutinee, and how to bind it around the tree."""
    if isinstance(scrut, L.Local):
        return scrut.var, lambda t: t
    v = L.Var.fresh("match")
    return v, lambda t: L.Let(v, scrut, t, loc=scrut.loc)


def compile_cases(tr: Translator, scrut: L.Lam, cases: list[TCase], loc: Location,
                  failure: str = "Match_failure", fail: Optional[L.Lam] = None) -> L.Lam:
    """``match scrut with cases``; ``fail`` (default: raise Match_failure at
    ``loc``) when no case applies."""
    mc = MatchCompiler(tr)
    occ, wrap = occurrence(scrut)
    rows = []
    for c in cases:
        clause = mc.new_clause(c.pat, c.guard, (lambda body: lambda: tr.expr(body))(c.body))
        rows.append(Row([c.pat], {}, clause))
    if fail is None:
        fail = raise_with_location(failure, loc)
    return wrap(mc.run([occ], rows, fail))


def bind_pattern(tr: Translator, value: L.Lam, pat: TPat, body: Callable[[], L.Lam],
                 loc: Location) -> L.Lam:
    """``let pat = value in body``, raising Match_failure at ``loc``."""
    mc = MatchCompiler(tr)
    occ, wrap = occurrence(value)
    clause = mc.new_clause(pat, None, body)
    return wrap(mc.run([occ], [Row([pat], {}, clause)], raise_with_location("Match_failure", loc)))


def compile_match(tr: Translator, e: TExpr) -> L.Lam:
    """``match e with`` cases, some of which may be ``exception`` patterns:
    the value cases are matched outside the exception handler, as in
    OCaml (``catch (try exit k e with exn -> ...) with k v -> ...``)."""
    scrut_e, cases = e.children[0], e.children[1:]
    value_cases = [c for c in cases if strip_pat(c.pat).kind != "PException"]
    exn_cases = [TCase(strip_pat(c.pat).children[0], c.guard, c.body) for c in cases
                 if strip_pat(c.pat).kind == "PException"]
    if not exn_cases and _tuple_match(scrut_e, value_cases):
        return compile_tuple_match(tr, scrut_e, value_cases, e.loc)
    scrut = tr.expr(scrut_e)
    if not exn_cases:
        return compile_cases(tr, scrut, value_cases, e.loc)
    k = L.fresh_label()
    v = L.Var.fresh("val")
    exn = L.Var.fresh("exn")
    reraise = L.Prim("raise", [L.Local(exn)], "reraise", loc=e.loc)
    handler = compile_cases(tr, L.Local(exn), exn_cases, e.loc, fail=reraise)
    body = L.TryWith(L.StaticRaise(k, [scrut]), exn, handler, loc=e.loc)
    return L.StaticCatch(body, k, [v], compile_cases(tr, L.Local(v), value_cases, e.loc), loc=e.loc)


def _tuple_match(scrut: TExpr, cases: list[TCase]) -> bool:
    """``match a, b with`` where no case needs the tuple itself."""
    while scrut.kind == "Constraint":
        scrut = scrut.children[0]
    return scrut.kind == "Tuple" and all(strip_pat(c.pat).kind in ("PTuple", "PAny") for c in cases)


def compile_tuple_match(tr: Translator, scrut: TExpr, cases: list[TCase], loc: Location) -> L.Lam:
    """Match the components of a syntactic tuple without allocating it (as
    OCaml does): one column per component."""
    while scrut.kind == "Constraint":
        scrut = scrut.children[0]
    n = len(scrut.children)
    mc = MatchCompiler(tr)
    rows = []
    for c in cases:
        clause = mc.new_clause(c.pat, c.guard, (lambda body: lambda: tr.expr(body))(c.body))
        rows.append(Row([_sub(c.pat, i, n) for i in range(n)], {}, clause))
    occs = [L.Var.fresh("match") for _ in range(n)]
    tree = mc.run(occs, rows, raise_with_location("Match_failure", loc))
    # components are evaluated right to left, like the tuple they replace
    values = [tr.expr(x) for x in scrut.children]
    for i in range(n):
        tree = L.Let(occs[i], values[i], tree, loc=loc)
    return tree


def compile_try(tr: Translator, e: TExpr) -> L.Lam:
    body = tr.expr(e.children[0])
    exn = L.Var.fresh("exn")
    reraise = L.Prim("raise", [L.Local(exn)], "reraise", loc=e.loc)
    handler = compile_cases(tr, L.Local(exn), e.children[1:], e.loc, fail=reraise)
    return L.TryWith(body, exn, handler, loc=e.loc)
