"""Pattern-matching analysis (OCaml's parmatch.ml): Warning 8 (non-exhaustive
match, with OCaml's example of an unmatched value), Warning 11 (unused
case) and Warning 12 (unused sub-pattern of an or-pattern).

Patterns are first simplified to a small form (``P``); the algorithms are
Maranget's usefulness and OCaml's witness search (``exhaust``), which tries
the constructors present in a column in order of appearance, then the
default matrix with a constructor absent from the column.  The witness is
printed as OCaml's Printpat prints it.
"""
from __future__ import annotations

from typing import Iterator, Optional

from ..syntax.location import Diagnostic, Location
from . import predef
from .pformat import Doc
from .typedtree import TCase, TPat
from .types import ConstrDesc
from .unify import expand_head

ANY, CON, TUPLE, RECORD, CONST, ARRAY, OR, LAZY = range(8)


class P:
    __slots__ = ("kind", "key", "args", "info", "src")

    def __init__(self, kind: int, key=None, args: list["P"] | None = None, info=None, src=None):
        self.kind = kind
        self.key = key            # constructor name, constant value, array length
        self.args = args or []
        self.info = info          # ConstrDesc, list of label names, constant kind
        self.src = src            # the TPat it comes from (for Warning 12)


OMEGA = P(ANY)


def _const_key(c) -> tuple:
    from ..syntax import ast as A
    if isinstance(c, A.ConstInt):
        return ("int" + (c.suffix or ""), _int_value(c.text))
    if isinstance(c, A.ConstFloat):
        return ("float", float(c.text.replace("_", "")))
    if isinstance(c, A.ConstChar):
        return ("char", c.value)
    return ("string", c.value)


def _int_value(text: str) -> int:
    t = text.replace("_", "")
    neg = t.startswith("-")
    t = t.lstrip("-+")
    base = 10
    if t[:2].lower() == "0x":
        base, t = 16, t[2:]
    elif t[:2].lower() == "0o":
        base, t = 8, t[2:]
    elif t[:2].lower() == "0b":
        base, t = 2, t[2:]
    v = int(t, base)
    return -v if neg else v


def simplify(tp: TPat) -> Optional[P]:
    """The simple form of a typed pattern; None for an exception pattern."""
    k = tp.kind
    if k in ("PAny", "PVar"):
        return P(ANY, None, None, None, tp)      # (positional: a faster call)
    if k in ("PAlias", "PConstraint"):
        return simplify(tp.children[0])
    if k == "PConst":
        key = _const_key(tp.info)
        return P(CONST, key, None, key[0], tp)
    if k == "PInterval":
        lo, hi = _const_key(tp.ast.low), _const_key(tp.ast.high)
        if lo[0] == "char":
            vals = [chr(i) for i in range(ord(lo[1]), ord(hi[1]) + 1)]
        else:
            vals = list(range(lo[1], hi[1] + 1)) if hi[1] - lo[1] < 1000 else [lo[1]]
        pats = [P(CONST, (lo[0], v), info=lo[0], src=tp) for v in vals]
        p = pats[0]
        for q in pats[1:]:
            p = P(OR, args=[p, q], src=tp)
        return p
    if k == "PTuple":
        args = [simplify(c) for c in tp.children]
        if any(a is None for a in args):
            return None
        return P(TUPLE, "tuple", args, None, tp)
    if k == "PConstruct":
        desc: ConstrDesc = tp.info  # type: ignore[assignment]
        args = [simplify(c) for c in tp.children]
        if any(a is None for a in args):
            return None
        if not args and desc.args:
            args = [OMEGA] * len(desc.args)
        return P(CON, desc.name, args, desc, tp)
    if k == "PRecord":
        descs = tp.info
        all_labels = descs[0].all
        fields = {d.name: simplify(c) for d, c in zip(descs, tp.children)}
        if any(v is None for v in fields.values()):
            return None
        return P(RECORD, "record", [fields.get(n) or OMEGA for n in all_labels], all_labels, src=tp)
    if k == "PArray":
        args = [simplify(c) for c in tp.children]
        if any(a is None for a in args):
            return None
        return P(ARRAY, len(args), args, src=tp)
    if k == "POr":
        l, r = simplify(tp.children[0]), simplify(tp.children[1])
        if l is None or r is None:
            return None
        return P(OR, args=[l, r], src=tp)
    if k == "PLazy":
        a = simplify(tp.children[0])
        return None if a is None else P(LAZY, "lazy", [a], src=tp)
    if k == "PException":
        return None
    return P(ANY, src=tp)


# -- matrices --------------------------------------------------------------------

def _arity(p: P) -> int:
    return 0 if p.kind == CONST else len(p.args)


def _heads(p: P) -> list[P]:
    if p.kind == OR:
        return _heads(p.args[0]) + _heads(p.args[1])
    return [p]


def _expand_or_rows(rows: list[list[P]]) -> list[list[P]]:
    """The rows with or-patterns in the first column split (the rows
    themselves when there are none: callers only read the result)."""
    for i, r in enumerate(rows):
        if r and r[0].kind == OR:
            break
    else:
        return rows
    out = rows[:i]
    for r in rows[i:]:
        if r and r[0].kind == OR:
            for h in _heads(r[0]):
                out.append([h] + r[1:])
        else:
            out.append(r)
    return out


def _same_head(a: P, b: P) -> bool:
    return a.kind == b.kind and a.key == b.key


def specialize(rows: list[list[P]], c: P) -> list[list[P]]:
    n = _arity(c)
    ckind, ckey = c.kind, c.key
    out = []
    for r in _expand_or_rows(rows):
        h = r[0]
        if h.kind == ANY:
            out.append([OMEGA] * n + r[1:])
        elif h.kind == ckind and h.key == ckey:     # _same_head(h, c)
            out.append(list(h.args) + r[1:])
    return out


def default(rows: list[list[P]]) -> list[list[P]]:
    return [r[1:] for r in _expand_or_rows(rows) if r[0].kind == ANY]


def _column_constrs(rows: list[list[P]]) -> list[P]:
    seen: list[P] = []
    heads = set()       # (kind, key) of seen's: _same_head
    for r in rows:
        h = r[0]
        for h in (_heads(h) if h.kind == OR else (h,)):
            if h.kind != ANY:
                k = (h.kind, h.key)
                if k not in heads:
                    heads.add(k)
                    seen.append(h)
    return seen


def _full(constrs: list[P]) -> bool:
    if not constrs:
        return False
    c = constrs[0]
    if c.kind in (TUPLE, RECORD, LAZY):
        return True
    if c.kind == CON:
        desc: ConstrDesc = c.info
        if desc.decl is None:       # exceptions: an open type
            return False
        names = {x.key for x in constrs}
        return all(k.name in names for k in desc.decl.constructors)
    if c.kind == CONST and c.info == "char":
        return len({x.key for x in constrs}) >= 256
    return False


def _build_other(constrs: list[P]) -> P:
    c = constrs[0]
    if c.kind == CON:
        desc: ConstrDesc = c.info
        if desc.decl is None:
            return OMEGA
        present = {x.key for x in constrs}
        from .env import constructors_of
        missing = [d for d in constructors_of(desc.type_path, desc.decl) if d.name not in present]
        pats = [P(CON, d.name, [OMEGA] * len(d.args), d) for d in missing]
        p = pats[0]
        for q in pats[1:]:
            p = P(OR, args=[p, q])
        return p
    if c.kind == CONST:
        kind = c.info
        present = {x.key[1] for x in constrs}
        if kind == "char":
            for lo, hi in (("a", "z"), ("A", "Z"), ("0", "9"), (" ", "~"), ("\x00", "\xff")):
                for i in range(ord(lo), ord(hi) + 1):
                    if chr(i) not in present:
                        return P(CONST, (kind, chr(i)), info=kind)
            return OMEGA
        if kind == "string":
            i = 0
            while "*" * i in present:
                i += 1
            return P(CONST, (kind, "*" * i), info=kind)
        if kind == "float":
            f = 0.0
            while f in present:
                f += 1.0
            return P(CONST, (kind, f), info=kind)
        i = 0
        while i in present:
            i += 1
        return P(CONST, (kind, i), info=kind)
    if c.kind == ARRAY:
        present = {x.key for x in constrs}
        n = 0
        while n in present:
            n += 1
        return P(ARRAY, n, [OMEGA] * n)
    return OMEGA


def _wildcard_row(rows: list[list[P]]) -> bool:
    """Whether a row matches everything (all its patterns are wildcards):
    then no value escapes the rows (exhaust yields nothing) and no row
    after them is useful (the recursions below would find the same, one
    column at a time)."""
    for r in rows:
        for p in r:
            if p.kind != ANY:
                break
        else:
            return True
    return False


def exhaust(rows: list[list[P]], n: int) -> Iterator[list[P]]:
    """Values (as pattern rows) matched by no row, OCaml's order first."""
    if n == 0:
        if not rows:
            yield []
        return
    if _wildcard_row(rows):
        return
    constrs = _column_constrs(rows)
    if not constrs:
        for w in exhaust(default(rows), n - 1):
            yield [OMEGA] + w
        return
    for c in constrs:
        k = _arity(c)
        for w in exhaust(specialize(rows, c), k + n - 1):
            yield [P(c.kind, c.key, w[:k], c.info)] + w[k:]
    if not _full(constrs):
        other = _build_other(constrs)
        for w in exhaust(default(rows), n - 1):
            yield [other] + w


def useful(rows: list[list[P]], q: list[P]) -> bool:
    if not q:
        return not rows
    if _wildcard_row(rows):
        return False
    h = q[0]
    if h.kind == OR:
        return any(useful(rows, [a] + q[1:]) for a in _heads(h))
    if h.kind != ANY:
        return useful(specialize(rows, h), list(h.args) + q[1:])
    constrs = _column_constrs(rows) if rows else []
    if _full(constrs):
        return any(useful(specialize(rows, c), [OMEGA] * _arity(c) + q[1:]) for c in constrs)
    return useful(default(rows), q[1:])


def matches(p: P, v: P) -> bool:
    """Whether pattern p matches every value described by witness v."""
    if p.kind == ANY:
        return True
    if p.kind == OR:
        return matches(p.args[0], v) or matches(p.args[1], v)
    if v.kind == OR:
        return all(matches(p, a) for a in _heads(v))
    if v.kind == ANY:
        return False
    if not _same_head(p, v):
        return False
    return all(matches(a, b) for a, b in zip(p.args, v.args))


# -- printing (OCaml's Printpat) -----------------------------------------------------

def _const_text(kind: str, v) -> str:
    if kind == "char":
        return "'" + _escape_char(v) + "'"
    if kind == "string":
        return '"' + "".join(_escape_char(ch, in_string=True) for ch in v) + '"'
    if kind == "float":
        r = repr(float(v))
        return r[:-1] if r.endswith(".0") else r
    suffix = kind[3:]
    return f"{v}{suffix}"


def _escape_char(c: str, in_string: bool = False) -> str:
    if c == "'" and not in_string:
        return "\\'"
    if c == '"' and in_string:
        return '\\"'
    if c == "\\":
        return "\\\\"
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    if c == "\r":
        return "\\r"
    if c == "\b":
        return "\\b"
    if " " <= c <= "~":
        return c
    return f"\\{ord(c):03d}"


def pretty(d: Doc, p: P) -> None:
    k = p.kind
    if k == ANY:
        d.text("_")
    elif k == CONST:
        d.text(_const_text(p.info, p.key[1]))
    elif k == TUPLE:
        d.open("b", 0)
        d.text("(")
        _vals(d, p.args, ",")
        d.text(")")
        d.close()
    elif k == CON:
        name = p.key
        if name == "::" and len(p.args) == 2:
            d.open("b", 0)
            _car(d, p.args[0])
            d.text("::")
            d.brk(0, 0)
            _cdr(d, p.args[1])
            d.close()
        elif not p.args:
            d.text(name)
        elif len(p.args) == 1:
            d.open("b", 2)
            d.text(name)
            d.brk(1, 0)
            _arg(d, p.args[0])
            d.close()
        else:
            d.open("b", 2)
            d.text(name)
            d.brk(1, 0)
            d.open("b", 0)
            d.text("(")
            _vals(d, p.args, ",")
            d.text(")")
            d.close()
            d.close()
    elif k == RECORD:
        fields = [(n, a) for n, a in zip(p.info, p.args) if a.kind != ANY]
        if not fields:
            d.text("_")
            return
        d.open("b", 0)
        d.text("{")
        for i, (n, a) in enumerate(fields):
            if i:
                d.text(";")
                d.brk(1, 0)
            d.text(f"{n}=")
            pretty(d, a)
        if len(p.info) > len(fields):
            d.text(";")
            d.brk(1, 0)
            d.text("_")
            d.brk(1, 0)
        d.text("}")
        d.close()
    elif k == ARRAY:
        d.open("b", 0)
        d.text("[| ")
        _vals(d, p.args, " ;")
        d.text(" |]")
        d.close()
    elif k == LAZY:
        d.open("b", 2)
        d.text("lazy")
        d.brk(1, 0)
        _arg(d, p.args[0])
        d.close()
    elif k == OR:
        d.open("b", 0)
        d.text("(")
        _or(d, p)
        d.text(")")
        d.close()


def _or(d: Doc, p: P) -> None:
    if p.kind == OR:
        _or(d, p.args[0])
        d.text("|")
        d.brk(0, 0)
        _or(d, p.args[1])
    else:
        pretty(d, p)


def _vals(d: Doc, ps: list[P], sep: str) -> None:
    for i, a in enumerate(ps):
        if i:
            d.text(sep)
            d.brk(1, 0)
        pretty(d, a)


def _car(d: Doc, p: P) -> None:
    if p.kind == CON and p.key == "::" and len(p.args) == 2:
        d.text("(")
        pretty(d, p)
        d.text(")")
    else:
        pretty(d, p)


def _cdr(d: Doc, p: P) -> None:
    if p.kind == CON and p.key == "::" and len(p.args) == 2:
        _car(d, p.args[0])
        d.text("::")
        d.brk(0, 0)
        _cdr(d, p.args[1])
    else:
        pretty(d, p)


def _arg(d: Doc, p: P) -> None:
    if p.kind == CON and p.args:
        d.text("(")
        pretty(d, p)
        d.text(")")
    else:
        pretty(d, p)


def witness_text(p: P) -> str:
    d = Doc()
    pretty(d, p)
    return d.render(start_col=0)


# -- entry points -------------------------------------------------------------------------

def _trivial(tp: TPat) -> bool:
    k = tp.kind
    if k in ("PAny", "PVar"):
        return True
    if k in ("PAlias", "PConstraint"):
        return _trivial(tp.children[0])
    if k == "PTuple":
        return all(_trivial(c) for c in tp.children)
    return False


def check_match(ctx, cases: list[TCase], ty, loc: Location, partial_ok: bool = False,
                kind: str = "match", locf=None) -> None:
    if len(cases) == 1 and cases[0].guard is None and _trivial(cases[0].pat):
        return
    rows_all = [(simplify(c.pat), c) for c in cases]
    # Warning 8: exhaustiveness against the unguarded value cases
    rows = [[p] for p, c in rows_all if p is not None and c.guard is None]
    w = next(exhaust(rows, 1), None)
    if w is not None and not _is_exn_type(ty):
        text = ("this pattern-matching is not exhaustive.\n"
                "Here is an example of a case that is not matched:\n" + witness_text(w[0]))
        guarded = [p for p, c in rows_all if p is not None and c.guard is not None]
        if any(matches(g, w[0]) for g in guarded):
            text += "\n(However, some guarded clause may match this value.)"
        ctx.warnings.append(Diagnostic(locf() if locf else loc, "Warning 8 [partial-match]", text))
    if kind != "let" and kind != "fun":
        _check_unused(ctx, rows_all)


def check_unused_only(ctx, cases: list[TCase], ty) -> None:
    _check_unused(ctx, [(simplify(c.pat), c) for c in cases])


def _is_exn_type(ty) -> bool:
    t = expand_head(ty)
    return t.kind == 3 and t.path is predef.path_exn


def _check_unused(ctx, rows_all) -> None:
    previous: list[list[P]] = []
    for p, c in rows_all:
        if p is None:
            continue
        if not useful(previous, [p]):
            ctx.warnings.append(Diagnostic(c.pat.loc, "Warning 11 [redundant-case]",
                                           "this match case is unused."))
        elif p.kind == OR:
            _check_subpatterns(ctx, previous, p)
        if c.guard is None:
            previous.append([p])


def _check_subpatterns(ctx, previous: list[list[P]], p: P) -> None:
    """Warning 12: an alternative of an or-pattern that the earlier cases and
    the alternatives before it already cover."""
    alts = _or_alternatives(p)
    seen = list(previous)
    for a in alts:
        if not useful(seen, [a]):
            loc = a.src.loc if a.src is not None else None
            if loc is not None:
                ctx.warnings.append(Diagnostic(loc, "Warning 12 [redundant-subpat]",
                                               "this sub-pattern is unused."))
        seen.append([a])


def _or_alternatives(p: P) -> list[P]:
    if p.kind == OR and not (p.src is not None and p.src.kind == "PInterval"):
        return _or_alternatives(p.args[0]) + _or_alternatives(p.args[1])
    return [p]
