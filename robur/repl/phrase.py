"""Toplevel phrases → unit objects the VM's linker loads.

Each phrase becomes a compilation unit of its own, ``TOP1``, ``TOP2``...
(as in OCaml's native toplevel), typed after the phrases before it
(``Checker.add_phrase``) and compiled by the very same pipeline as a file's
units.  Its module block holds what the phrase defines, in the order of its
signature's runtime items; for an expression phrase (``e;;``) the block holds
the value of ``e``.  A later phrase reaches an earlier definition as a field
of that phrase's unit (``Translator.outer``), so the VM resolves it by the
unit's symbol, like any cross-unit reference.

A phrase is *committed* only once it ran without raising: until then its
definitions are not visible to later phrases, and a phrase that raised (or
was interrupted) is rolled back, as in OCaml's toplevel.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..codegen.pipeline import compile_unit, object_of
from ..lambda_ import ir as L
from ..lambda_.simplify import simplify
from ..lambda_.translcore import Translator
from ..lambda_.translmod import runtime_items, transl_structure
from ..link.cache import BuildCache
from ..syntax import ast as A
from ..syntax.location import Diagnostic, Location
from ..typing.checker import Checker
from ..typing.typedtree import TStructure
from ..typing.types import Ident, MtySig, Path, PDot, SigItem, SigModule, SigValue, Type

TOPLEVEL_FILE = "//toplevel//"


@dataclass
class CompiledPhrase:
    unit: str                         # TOP<n>
    obj: bytes                        # the ELF object
    typed: TStructure
    sig: list[SigItem]                # what the phrase defines
    expr_type: Optional[Type]         # an expression phrase's type, else None
    warnings: list[Diagnostic]
    slots: dict[Ident, int] = field(default_factory=dict)   # definition -> field of the block
    state_before: object = None       # the checker's toplevel state before the phrase
    # the functions of a `let rec` inside a module of the phrase -> the
    # hidden field of the block through which they call each other
    # (_route_recursion)
    routes: dict = field(default_factory=dict)


class PhraseCompiler:
    """Types and compiles phrases one after the other; one per REPL session
    (``#reset`` makes a new one)."""

    def __init__(self, checker: Optional[Checker] = None, cache: Optional[BuildCache] = None,
                 first: int = 1) -> None:
        self.checker = checker if checker is not None else Checker()
        self.cache = cache
        self.counter = first - 1
        self.outer: dict[Ident, tuple[str, int]] = {}
        # M.f (a `let rec` function of a module M of a phrase) -> the field
        # of that phrase's block its recursive calls go through (#trace)
        self.routes: dict[Path, tuple[str, int]] = {}

    def compile(self, items: list[A.StructureItem], text: str, file: str = TOPLEVEL_FILE) -> CompiledPhrase:
        """Type and compile one phrase.  A type error raises RoburError and
        changes nothing; on success the phrase must be committed (it ran) or
        rolled back (it raised)."""
        before = self.checker.toplevel_state()
        items = _let_any_as_eval(items)
        typed, sig, warnings = self.checker.add_phrase(items, text, file)
        try:
            self.counter += 1
            unit = f"TOP{self.counter}"
            lam, slots, expr_type, hidden = self._translate(unit, file, typed)
            cu = compile_unit(lam, unit, file)
            obj = object_of(cu, self.cache)
        except BaseException:
            self.checker.restore_toplevel(before)
            raise
        return CompiledPhrase(unit, obj, typed, sig, expr_type, warnings, slots, before, hidden)

    def _translate(self, unit: str, file: str, typed: TStructure
                   ) -> tuple[L.Lam, dict[Ident, int], Optional[Type], dict[Path, int]]:
        tr = Translator(unit, file)
        tr.prefix = ""
        tr.toplevel = True
        tr.outer = self.outer
        loc = Location(file, 0, 0, 1, 0, 1)
        items = typed.items
        if len(items) == 1 and items[0].kind == "SEval":
            e = items[0].children[0]
            block = L.Prim("makeblock", [tr.expr(e)], (0, False), loc=loc)
            return simplify(L.Prim("setglobal", [block], unit, loc=loc)), {}, e.type, {}
        defined = runtime_items(typed.sig)
        slots = {it.id: pos for pos, it in enumerate(defined)}

        blocks: list[L.Prim] = []

        def result() -> L.Lam:
            fields: list[L.Lam] = [L.Local(tr.vars[it.id], loc=loc) for it in defined]
            blocks.append(L.Prim("makeblock", fields, (0, False), loc=loc))
            return L.Prim("setglobal", [blocks[-1]], unit, loc=loc)
        lam = transl_structure(tr, typed, loc, result)
        routes = {tr.vars[it.id]: pos for pos, it in enumerate(defined) if it.id in tr.vars}
        members = _module_members(typed.sig, tr)
        hidden: dict[Path, int] = {}
        lam, nhidden = _route_recursion(lam, unit, routes, members, len(defined), hidden)
        # the hidden fields keep what the stores after each `let rec` put there
        for b in blocks:
            b.args.extend(L.Prim("field", [L.Global(unit=unit, loc=loc)], len(defined) + k, loc=loc)
                          for k in range(nhidden))
        return simplify(lam), slots, None, hidden

    def compile_lambda(self, build: Callable[[Translator], L.Lam]) -> CompiledPhrase:
        """A phrase made of lambda code directly (``#trace`` installs and
        removes its wrappers so): ``build`` gets a Translator that reaches
        the earlier phrases' definitions; the phrase's block holds the value
        of the code it returns.  It defines nothing: commit and rollback
        change nothing."""
        self.counter += 1
        unit = f"TOP{self.counter}"
        tr = Translator(unit, TOPLEVEL_FILE)
        tr.prefix = ""
        tr.toplevel = True
        tr.outer = self.outer
        loc = Location(TOPLEVEL_FILE, 0, 0, 1, 0, 1)
        block = L.Prim("makeblock", [build(tr)], (0, False), loc=loc)
        lam = simplify(L.Prim("setglobal", [block], unit, loc=loc))
        obj = object_of(compile_unit(lam, unit, TOPLEVEL_FILE), self.cache)
        return CompiledPhrase(unit, obj, TStructure([], []), [], None, [], {}, self.checker.toplevel_state())

    def commit(self, phrase: CompiledPhrase) -> None:
        """The phrase ran: later phrases may use its definitions."""
        for ident, pos in phrase.slots.items():
            self.outer[ident] = (phrase.unit, pos)
        for path, pos in phrase.routes.items():
            self.routes[path] = (phrase.unit, pos)

    def rollback(self, phrase: CompiledPhrase) -> None:
        """The phrase raised: it defines nothing."""
        self.checker.restore_toplevel(phrase.state_before)


def _route_recursion(lam: L.Lam, unit: str, routes: dict[L.Var, int], members: dict[L.Var, Path],
                     first_hidden: int, hidden: dict[Path, int]) -> tuple[L.Lam, int]:
    """Inside a phrase's ``let rec`` of functions, the functions the phrase
    defines reach each other (and themselves) through fields of the
    phrase's module block, stored right after the ``let rec``, rather than
    by direct calls: ``#trace f`` rebinds that field to a wrapper, so the
    recursive calls are traced too, as in OCaml's toplevel (where they go
    through the closure that #trace instruments).  A function defined at
    the top of the phrase uses its own field (``routes``: var -> field); one
    defined in a module of the phrase (``members``: var -> its path M.f)
    gets a hidden field after the phrase's definitions, recorded in
    ``hidden`` (path -> field).  Returns the code and the number of hidden
    fields."""
    count = 0

    def visit(node: L.Lam, routes: dict[L.Var, int], members: dict[L.Var, Path]) -> L.Lam:
        nonlocal count
        if isinstance(node, L.Let) and (node.var in routes or node.var in members) and \
                isinstance(node.value, L.LetRec) and isinstance(node.value.body, L.Local):
            # let f = let rec go n = ... go ... in go: f is go's closure,
            # whose recursive calls OCaml's #trace f traces too
            inner = node.value
            names = [var for var, _ in inner.bindings]
            if inner.body.var in names and not any(var in routes or var in members for var in names):
                go = inner.body.var
                if node.var in routes:
                    node.value = visit(inner, {**routes, go: routes[node.var]}, members)
                else:
                    node.value = visit(inner, routes, {**members, go: members[node.var]})
                node.body = visit(node.body, routes, members)
                return node
        if isinstance(node, L.LetRec) and node.bindings and \
                all(isinstance(v, L.Function) for _, v in node.bindings) and \
                any(var in routes or var in members for var, _ in node.bindings):
            mine: dict[L.Var, int] = {}
            for var, _ in node.bindings:
                if var in routes:
                    mine[var] = routes[var]
                elif var in members:
                    mine[var] = first_hidden + count
                    count += 1
                    hidden[members[var]] = mine[var]      # a later M.f shadows an earlier one

            node.bindings = [(var, _through_block(v, mine, unit)) for var, v in node.bindings]
            body = node.body
            for var, pos in reversed(list(mine.items())):
                store = L.Prim("setfield", [L.Global(unit=unit, loc=node.loc), L.Local(var, loc=node.loc)],
                               pos, loc=node.loc)
                body = L.Seq(store, body, loc=node.loc)
            node.body = body
        _map_children(node, lambda n: visit(n, routes, members))
        return node
    lam = visit(lam, routes, members)
    return lam, count


def _module_members(sig: list, tr: Translator) -> dict[L.Var, Path]:
    """The values of the phrase's modules (M.f, M.N.g), by the variable the
    translation bound them to; modules whose signature is not their
    structure's own (functors, constrained modules) have none."""
    out: dict[L.Var, Path] = {}

    def walk(items: list, prefix: Optional[Path]) -> None:
        for it in items:
            if isinstance(it, SigValue) and prefix is not None and not it.desc.prims:
                v = tr.vars.get(it.id)
                if v is not None:
                    out[v] = PDot(prefix, it.id.name)
            elif isinstance(it, SigModule) and isinstance(it.mty, MtySig):
                walk(it.mty.items, it.id if prefix is None else PDot(prefix, it.id.name))
    walk(sig, None)
    return out


def _through_block(node: L.Lam, fields: dict[L.Var, int], unit: str) -> L.Lam:
    """``node`` with the functions ``fields`` (var -> field of the unit's
    block) reached through their fields.  A call keeps its direct call
    while the field still holds the function itself (a load and a compare:
    the price of an untraced function), and goes through the field once
    #trace has rebound it."""
    def field(var: L.Var, at) -> L.Lam:
        return L.Prim("field", [L.Global(unit=unit, loc=at)], fields[var], loc=at)

    def rewrite(n: L.Lam) -> L.Lam:
        if isinstance(n, L.Local) and n.var in fields:
            return field(n.var, n.loc)
        if isinstance(n, L.Apply) and isinstance(n.fn, L.Local) and n.fn.var in fields:
            var, at = n.fn.var, n.loc
            args = [rewrite(a) for a in n.args]
            lets: list[tuple[L.Var, L.Lam]] = []
            simple: list[L.Lam] = []
            for a in args:
                if isinstance(a, (L.Local, L.Const)):
                    simple.append(a)
                else:
                    x = L.Var.fresh("arg")
                    lets.append((x, a))
                    simple.append(L.Local(x, loc=a.loc))

            def copy(a: L.Lam) -> L.Lam:
                return L.Local(a.var, loc=a.loc) if isinstance(a, L.Local) else L.Const(a.value, loc=a.loc)
            direct = L.Apply(L.Local(var, loc=at), [copy(a) for a in simple], n.tail, loc=at)
            indirect = L.Apply(field(var, at), [copy(a) for a in simple], n.tail, loc=at)
            same = L.Prim("intcomp", [field(var, at), L.Local(var, loc=at)], "eq", loc=at)
            body: L.Lam = L.If(same, direct, indirect, loc=at)
            for x, a in lets:     # the last argument outermost: evaluated first, as before
                body = L.Let(x, a, body, loc=at)
            return body
        _map_children(n, rewrite)
        return n
    return rewrite(node)


def _map_children(node: L.Lam, f: Callable[[L.Lam], L.Lam]) -> None:
    """Replace each direct sub-term ``c`` of ``node`` by ``f(c)``."""
    for fd in dataclasses.fields(node):
        v = getattr(node, fd.name)
        if isinstance(v, L.Lam):
            setattr(node, fd.name, f(v))
        elif isinstance(v, list) and v:
            setattr(node, fd.name, [_map_item(x, f) for x in v])


def _map_item(x, f):
    if isinstance(x, L.Lam):
        return f(x)
    if isinstance(x, tuple):
        return tuple(f(y) if isinstance(y, L.Lam) else y for y in x)
    return x


def _let_any_as_eval(items: list[A.StructureItem]) -> list[A.StructureItem]:
    """``let _ = e;;`` is an expression phrase for the toplevel: it prints
    ``- : t = v``."""
    if len(items) == 1 and isinstance(items[0], A.SValue) and not items[0].rec \
            and len(items[0].bindings) == 1:
        b = items[0].bindings[0]
        if isinstance(b.pat, A.PAny) and not getattr(items[0], "attrs", None):
            return [A.SEval(expr=b.expr, loc=items[0].loc)]
    return items
