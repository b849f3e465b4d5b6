"""Typing errors as values, and their text in OCaml 4.13's wording.

Inference raises ``TypingError(loc, err)`` where ``err`` is one of the
dataclasses below; the message is produced only when asked for
(``TypingError.message``), laid out with pformat as Format would, starting
after the ``Error: `` prefix (column 7).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..syntax.location import Location, RoburError
from .pformat import Doc
from .printtyp import Names, print_type, type_to_string, path_name
from .types import CONSTR, VAR, Type, repr_
from .unify import Unify, expand_head

PREFIX = len("Error: ")


class TypingError(RoburError):
    def __init__(self, loc: Location, err: object):
        self.err = err
        super().__init__(loc, "")

    @property  # type: ignore[override]
    def message(self) -> str:
        return render(self.err)

    @message.setter
    def message(self, _v: str) -> None:
        pass


# -- error values ------------------------------------------------------------------

@dataclass
class Mismatch:
    """A failed unification; ``what`` selects the wording."""
    unify: Unify
    what: str = "expression"         # expression | pattern | field
    because: str = ""                # "because it is in the condition of ..."
    hint: str = ""                   # "Did you mean `3.'?"
    style: str = ""                  # "record": ocamlc's layout for record expressions


@dataclass
class NotInType:
    """A constructor looked up in a known variant type that lacks it."""
    what: str                        # expression | pattern | record expression ...
    type: Type
    name: str
    hints: list[str] = field(default_factory=list)
    kind: str = "constructor"
    because: str = ""


@dataclass
class Unbound:
    kind: str                        # value, constructor, type constructor, module, record field, module type
    name: str
    hints: list[str] = field(default_factory=list)


@dataclass
class ConstructorArity:
    name: str
    expected: int
    got: int


@dataclass
class NotAFunction:
    type: Type


@dataclass
class TooManyArguments:
    type: Type


@dataclass
class TypeArity:
    name: str
    expected: int
    got: int


@dataclass
class NotFunctionExpected:
    """A function where the expected type is not a function type."""
    expected: Type
    because: str = ""


@dataclass
class Text:
    """A message OCaml gives in fixed words (with optional types to show)."""
    text: str


@dataclass
class TypesText:
    """A message interleaving words and types in one hov box, e.g.
    "This expression should not be a function, the expected type is int"."""
    parts: list                      # str or Type


# -- rendering -----------------------------------------------------------------------

def render(err: object) -> str:
    d = Doc()
    if isinstance(err, Mismatch):
        _mismatch(d, err)
    elif isinstance(err, NotInType):
        names = Names()
        d.open("v", 0)
        what = f"variant {err.what}" if err.kind == "constructor" else err.what
        d.fmt("@[<2>This %s is expected to have type@ %a", what,
              lambda dd, t: print_type(dd, t, names), err.type)
        if err.because:
            d.brk(1, 0)
            d.text(err.because)
        d.close()
        d.brk(0, 0)
        head = expand_head(err.type)
        d.text(f"There is no {err.kind} {err.name} within type "
               + (path_name(head.path) if head.kind == CONSTR else type_to_string(head, names)))
        d.close()
        if err.hints:
            d.newline()
            d.text("Hint: Did you mean " + _hint_list(err.hints) + "?")
    elif isinstance(err, Unbound):
        d.text(f"Unbound {err.kind} {err.name}")
        rec_line = getattr(err, "rec_line", None)
        if rec_line is not None:
            d.newline()
            d.text("Hint: If this is a recursive definition,")
            d.newline()
            d.text(f"you should add the 'rec' keyword on line {rec_line}")
        elif err.hints:
            d.newline()
            d.text("Hint: Did you mean " + _hint_list(err.hints) + "?")
    elif isinstance(err, ConstructorArity):
        d.fmt("@[The constructor %s@ expects %s argument(s),@ but is applied here to %s argument(s)@]",
              _constr(err.name), err.expected, err.got)
    elif isinstance(err, TypeArity):
        d.fmt("@[The type constructor %s@ expects %s argument(s),@ but is here applied to %s argument(s)@]",
              err.name, err.expected, err.got)
    elif isinstance(err, NotAFunction):
        names = Names()
        d.open("v", 0)
        d.fmt("@[<2>This expression has type@ %a@]", lambda dd, t: print_type(dd, t, names), err.type)
        d.brk(0, 0)
        d.text("This is not a function; it cannot be applied.")
        d.close()
    elif isinstance(err, TooManyArguments):
        names = Names()
        d.open("v", 0)
        d.fmt("@[<2>This function has type@ %a@]", lambda dd, t: print_type(dd, t, names), err.type)
        d.brk(0, 0)
        d.text("It is applied to too many arguments; maybe you forgot a `;'.")
        d.close()
    elif isinstance(err, NotFunctionExpected):
        names = Names()
        d.open("b", 0)
        d.text("This expression should not be a function,")
        d.brk(1, 0)
        d.text("the expected type is ")
        d.brk(0, 0)
        _expansion(d, err.expected, names)
        if err.because:
            d.brk(1, 0)
            d.text(err.because)
        d.close()
    elif isinstance(err, TypesText):
        names = Names()
        d.open("b", 0)
        for p in err.parts:
            if isinstance(p, str):
                d.fmt(p)
            else:
                print_type(d, p, names)
        d.close()
    elif isinstance(err, Text):
        pre = getattr(err.text, "doc", None)
        if pre is not None:
            d.extend(pre)
        else:
            d.open("b", 0)
            d.fmt(err.text)
            d.close()
    else:
        d.text(str(err))
    return d.render(start_col=PREFIX)


def _constr(name: str) -> str:
    return "(::)" if name == "::" else name


def _hint_list(hints: list[str]) -> str:
    if len(hints) == 1:
        return hints[0]
    return ", ".join(hints[:-1]) + " or " + hints[-1]


def _expansion(d: Doc, t: Type, names: Names) -> None:
    """A type, followed by ``= its expansion`` when it is an abbreviation."""
    t = repr_(t)
    e = expand_head(t) if t.kind == CONSTR else t
    if e is not t and repr_(e) is not t and not _same_shape(t, e):
        d.open("b", 2)
        print_type(d, t, names)
        d.brk(1, 0)
        d.text("=")
        d.brk(1, 0)
        print_type(d, e, names)
        d.close()
    else:
        print_type(d, t, names)


def _same_shape(a: Type, b: Type) -> bool:
    return type_to_string(a) == type_to_string(b)


WHAT = {
    "expression": ("This expression has type", "but an expression was expected of type"),
    "pattern": ("This pattern matches values of type",
                "but a pattern was expected which matches values of type"),
}


def _mismatch(d: Doc, err: Mismatch) -> None:
    if err.style == "record" and err.because:
        _mismatch_inline(d, err)
        return
    tr = err.unify.trace
    names = Names()
    got, exp = tr[0]
    txt1, txt2 = WHAT.get(err.what, WHAT["expression"])
    for t in (got, exp):
        names.reserve(t)
    d.open("v", 0)
    d.open("b", 0)
    d.text(txt1)
    d.brk(1, 2)
    _expansion(d, got, names)
    d.brk(1, 0)
    d.text(txt2)
    d.brk(1, 2)
    _expansion(d, exp, names)
    d.close()
    occurs = err.unify.occurs
    if occurs is not None:
        v, t = occurs
        d.brk(0, 0)
        d.open("b", 0)
        d.text("The type variable")
        d.brk(1, 2)
        print_type(d, v, Names())      # each side named afresh, as ocamlc prints them
        d.brk(1, 0)
        d.text("occurs inside")
        d.brk(1, 2)
        print_type(d, t, Names())
        d.close()
    elif len(tr) > 1:
        g, e = tr[-1]
        if not (repr_(g).kind == VAR or repr_(e).kind == VAR):
            d.brk(0, 0)
            d.open("b", 0)
            d.text("Type")
            d.brk(1, 2)
            _expansion(d, g, names)
            d.brk(1, 0)
            d.text("is not compatible with type")
            d.brk(1, 2)
            _expansion(d, e, names)
            d.text(" ")   # OCaml leaves a space at the end of this line
            d.close()
    if err.because:
        d.brk(0, 0)
        d.text(err.because)
    d.close()
    if err.hint:
        d.newline()
        d.text("  Hint: " + err.hint)


def _mismatch_inline(d: Doc, err: Mismatch) -> None:
    """ocamlc's layout when a record expression meets a non-record expected
    type with an explanation: the explanation follows the type."""
    names = Names()
    got, exp = err.unify.trace[0]
    for t in (got, exp):
        names.reserve(t)
    d.open("b", 0)
    d.text("This expression has type")
    d.brk(1, 2)
    _expansion(d, got, names)
    d.brk(1, 0)
    d.text("but an expression was expected of type ")
    d.brk(0, 0)
    _expansion(d, exp, names)
    d.brk(1, 0)
    d.text(err.because)
    d.close()


# -- spelling hints (OCaml's Misc.spellcheck) --------------------------------------------

def edit_distance(a: str, b: str, cutoff: int) -> Optional[int]:
    """Damerau-Levenshtein distance, or None when above ``cutoff``."""
    la, lb = len(a), len(b)
    if abs(la - lb) > cutoff:
        return None
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, d[i - 2][j - 2] + cost)
            d[i][j] = v
    return d[la][lb] if d[la][lb] <= cutoff else None


def spellcheck(candidates, name: str) -> list[str]:
    """The names closest to ``name``, as OCaml's spellcheck chooses them."""
    cutoff = {1: 0, 2: 0, 3: 1, 4: 1, 5: 2, 6: 2}.get(len(name), 3)
    best: list[str] = []
    best_d = cutoff + 1
    for c in candidates:
        if c == name:
            continue
        dist = edit_distance(name, c, cutoff)
        if dist is None:
            continue
        if dist < best_d:
            best_d = dist
            best = [c]
        elif dist == best_d and c not in best:
            best.append(c)
    return sorted(best)


def located(loc: Location, err: object) -> TypingError:
    return TypingError(loc, err)
