"""Typing a string literal used as a format (OCaml's format6).

A literal with conversions c1 .. cn is given the type

    (t1 -> ... -> tn -> 'f, 'b, 'c, 'e, 'e, 'f) format6

where ti is the argument type of ci (an ``int`` first for each ``*``),
``'b`` is the output (channel, buffer, formatter), ``'c`` the result of the
printers taken by ``%a`` (``'b -> 'x -> 'c``, then ``'x``) and ``%t``
(``'b -> 'c``), and ``'f`` the final result: as OCaml 4.13 types them.
"""
from __future__ import annotations

from ..syntax.location import Location
from . import predef
from .errors import Text, TypingError
from .types import (ARROW, CONSTR, GENERIC, VAR, Ident, MtySig, PDot, SigType, Type,
                    TypeDecl)
from .unify import newty, newvar

_INT_CONV = set("diuxXo")
_FLOAT_CONV = set("fFeEgGhH")
_FLAGS = set("-0+ #")


def _arg_types(s: str, loc: Location, b: Type, c: Type) -> list[Type]:
    args: list[Type] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch != "%":
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise _bad(s, loc, start, "at end of format")
        if s[i] in "%!@,":
            i += 1
            continue
        while i < n and s[i] in _FLAGS:
            i += 1
        if i < n and s[i] == "*":
            args.append(predef.t_int())
            i += 1
        else:
            while i < n and s[i].isdigit():
                i += 1
        if i < n and s[i] == ".":
            i += 1
            if i < n and s[i] == "*":
                args.append(predef.t_int())
                i += 1
            else:
                while i < n and s[i].isdigit():
                    i += 1
        if i >= n:
            raise _bad(s, loc, start, "at end of format")
        conv = s[i]
        i += 1
        if conv in "lnL" and i < n and s[i] in _INT_CONV:
            i += 1
            args.append({"l": predef.t_int_path(predef.path_int32), "n": predef.t_int_path(predef.path_nativeint),
                         "L": predef.t_int_path(predef.path_int64)}[conv])
        elif conv in _INT_CONV:
            args.append(predef.t_int())
        elif conv in _FLOAT_CONV:
            args.append(predef.t_float())
        elif conv in "sS":
            args.append(predef.t_string())
        elif conv in "cC":
            args.append(predef.t_char())
        elif conv in "bB":
            args.append(predef.t_bool())
        elif conv == "a":
            x = newvar()
            args.append(newty(ARROW, [b, newty(ARROW, [x, c])]))
            args.append(x)
        elif conv == "t":
            args.append(newty(ARROW, [b, c]))
        else:
            raise _bad(s, loc, start, f'invalid conversion "%{conv}"')
    return args


def _bad(s: str, loc: Location, pos: int, why: str) -> TypingError:
    return TypingError(loc, Text(f'invalid format "{s}": at character number {pos}, {why}'))


# OCaml types a format literal as the constructor application
# ``CamlinternalFormatBasics.Format (fmt, "...")``; its mismatches are
# reported on the ``fmt`` type.  A stand-in for that type, for the messages.
_CFB = Ident("CamlinternalFormatBasics", glob=True)
_FMT_PATH = PDot(_CFB, "fmt")
_CFB.data = MtySig([SigType(Ident("fmt"), TypeDecl([Type(VAR, GENERIC) for _ in range(6)], name="fmt"))])


def type_format_expected(s: str, loc: Location, expected: Type) -> Type:
    """The literal typed against an expected format6 type, conversion by
    conversion as OCaml types the format's constructors, so that a format
    given too many arguments fails at its end, on the fmt type."""
    from .errors import Mismatch
    from .unify import Unify, expand_head, unify
    ex = expand_head(expected)
    if ex.kind != CONSTR or ex.path is not predef.path_format6:
        t = type_format(s, loc)
        return t
    a, b, c, d, e, f = ex.args
    cur = a
    for t in _arg_types(s, loc, b, c):
        r = newvar()
        try:
            unify(cur, newty(ARROW, [t, r]))
        except Unify as u:
            raise TypingError(loc, Mismatch(u)) from None
        cur = r
    vf, vb, vc, ve = newvar(), newvar(), newvar(), newvar()
    got = newty(CONSTR, [vf, vb, vc, ve, ve, vf], _FMT_PATH)
    want = newty(CONSTR, [cur, b, c, d, e, f], _FMT_PATH)
    try:
        unify(got, want)
    except Unify as u:
        raise TypingError(loc, Mismatch(u)) from None
    return ex


def type_format(s: str, loc: Location) -> Type:
    b, c, e, f = newvar(), newvar(), newvar(), newvar()
    t = f
    for a in reversed(_arg_types(s, loc, b, c)):
        t = newty(ARROW, [a, t])
    return newty(CONSTR, [t, b, c, e, e, f], predef.path_format6)
