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

from dataclasses import dataclass, field
from typing import Optional

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
from ..typing.types import Ident, SigItem, Type

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


class PhraseCompiler:
    """Types and compiles phrases one after the other; one per REPL session
    (``#reset`` makes a new one)."""

    def __init__(self, checker: Optional[Checker] = None, cache: Optional[BuildCache] = None,
                 first: int = 1) -> None:
        self.checker = checker if checker is not None else Checker()
        self.cache = cache
        self.counter = first - 1
        self.outer: dict[Ident, tuple[str, int]] = {}

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
            lam, slots, expr_type = self._translate(unit, file, typed)
            cu = compile_unit(lam, unit, file)
            obj = object_of(cu, self.cache)
        except BaseException:
            self.checker.restore_toplevel(before)
            raise
        return CompiledPhrase(unit, obj, typed, sig, expr_type, warnings, slots, before)

    def _translate(self, unit: str, file: str, typed: TStructure
                   ) -> tuple[L.Lam, dict[Ident, int], Optional[Type]]:
        tr = Translator(unit, file)
        tr.prefix = ""
        tr.toplevel = True
        tr.outer = self.outer
        loc = Location(file, 0, 0, 1, 0, 1)
        items = typed.items
        if len(items) == 1 and items[0].kind == "SEval":
            e = items[0].children[0]
            block = L.Prim("makeblock", [tr.expr(e)], (0, False), loc=loc)
            return simplify(L.Prim("setglobal", [block], unit, loc=loc)), {}, e.type
        defined = runtime_items(typed.sig)
        slots = {it.id: pos for pos, it in enumerate(defined)}

        def result() -> L.Lam:
            fields: list[L.Lam] = [L.Local(tr.vars[it.id], loc=loc) for it in defined]
            return L.Prim("setglobal", [L.Prim("makeblock", fields, (0, False), loc=loc)], unit, loc=loc)
        return simplify(transl_structure(tr, typed, loc, result)), slots, None

    def commit(self, phrase: CompiledPhrase) -> None:
        """The phrase ran: later phrases may use its definitions."""
        for ident, pos in phrase.slots.items():
            self.outer[ident] = (phrase.unit, pos)

    def rollback(self, phrase: CompiledPhrase) -> None:
        """The phrase raised: it defines nothing."""
        self.checker.restore_toplevel(phrase.state_before)


def _let_any_as_eval(items: list[A.StructureItem]) -> list[A.StructureItem]:
    """``let _ = e;;`` is an expression phrase for the toplevel: it prints
    ``- : t = v``."""
    if len(items) == 1 and isinstance(items[0], A.SValue) and not items[0].rec \
            and len(items[0].bindings) == 1:
        b = items[0].bindings[0]
        if isinstance(b.pat, A.PAny) and not getattr(items[0], "attrs", None):
            return [A.SEval(expr=b.expr, loc=items[0].loc)]
    return items
