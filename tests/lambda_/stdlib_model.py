"""Python models of the Stdlib functions and runtime (C) primitives the
test programs use — part of the test oracle (evaluator.py), not of robur.

The Stdlib module block is built from the type checker's own signature of
Stdlib, with translmod.runtime_items, so field positions agree with the
translation by construction; a component without a model raises when it
is used, naming itself.
"""
from __future__ import annotations

import math
import re

from robur.typing.stdlib_env import stdlib, stdlib_units
from robur.typing.types import MtySig, SigException, SigModule, SigValue
from robur.lambda_.translmod import runtime_items

from robur.syntax.printer import escape_string

from .evaluator import (DOUBLE_ARRAY_TAG, FORWARD_TAG, LAZY_TAG, OBJECT_TAG, Block, Builtin,
                        Machine, NotModelled, OCamlExn, ProgramExit, compare_values, equal_values, float_of_text,
                        truthy, wrap)


# -- conversions ------------------------------------------------------------------

def to_list(v) -> list:
    out = []
    while isinstance(v, Block):
        out.append(v.fields[0])
        v = v.fields[1]
    return out


def of_list(items) -> object:
    v: object = 0
    for x in reversed(list(items)):
        v = Block(0, [x, v])
    return v


def s(b) -> str:
    return bytes(b).decode("latin-1")


def b(text: str) -> bytearray:
    return bytearray(text.encode("latin-1"))


def some(v) -> Block:
    return Block(0, [v])


def string_of_float(f: float) -> str:
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    t = "%.12g" % f
    if all(c in "-0123456789" for c in t):
        t += "."
    return t


def ocaml_escaped(text: str) -> str:
    return escape_string(text)


def exn_to_string(m: Machine, e: Block) -> str:
    if e.tag == OBJECT_TAG:
        return s(e.fields[0])
    ident = e.fields[0]
    name = s(ident.fields[0])
    args = e.fields[1:]
    if name in ("Match_failure", "Assert_failure") and isinstance(args[0], Block):
        f, line, ch = args[0].fields
        what = "Pattern matching failed" if name == "Match_failure" else "Assertion failed"
        return f'File "{s(f)}", line {line}, characters {ch}-{ch + 5}: {what}'
    if len(args) == 1 and isinstance(args[0], Block) and args[0].tag == 0 and name in (
            "Undefined_recursive_module",):
        args = args[0].fields

    def one(v) -> str:
        if isinstance(v, int):
            return str(v)
        if isinstance(v, bytearray):
            return '"' + ocaml_escaped(s(v)) + '"'
        return "_"
    return name + "(" + ", ".join(one(a) for a in args) + ")"


# -- Printf -----------------------------------------------------------------------------

_CONV = re.compile(r"%([-0+ #]*)(\d*|\*)(?:\.(\d+))?([a-zA-Z%!@,])")


def format_arity(fmt: str) -> list[str]:
    return [mt.group(4) for mt in _CONV.finditer(fmt) if mt.group(4) not in "%!@,"]


def render(fmt: str, args: list) -> str:
    try:
        return _render(fmt, args)
    except (TypeError, ValueError) as e:
        raise NotModelled(f"Printf format {fmt!r} is not modelled by the test evaluator ({e})")


def _render(fmt: str, args: list) -> str:
    it = iter(args)

    def conv(mt: re.Match) -> str:
        flags, width, prec, c = mt.group(1), mt.group(2), mt.group(3), mt.group(4)
        if c == "%":
            return "%"
        if c in "!@,":
            return "" if c != "@" else "@"
        v = next(it)
        spec = "%" + flags + width + ("." + prec if prec is not None else "")
        if c in "diu":
            return (spec + "d") % v
        if c in "xXo":
            return (spec + c) % (v % (1 << 63) if v < 0 else v)
        if c == "s":
            return (spec + "s") % s(v)
        if c == "S":
            return (spec + "s") % ('"' + ocaml_escaped(s(v)) + '"')
        if c == "c":
            return chr(v)
        if c == "C":
            return "'" + ocaml_escaped(chr(v)) + "'"
        if c in "fFeEgG":
            if c == "F":
                return string_of_float(v)
            return (spec + c) % v
        if c in "bB":
            return "true" if v else "false"
        raise NotModelled(f"Printf conversion %{c} is not modelled by the test evaluator")
    return _CONV.sub(conv, fmt)


def format_function(m: Machine, fmt, k):
    """A curried function consuming the format's arguments, then ``k(text)``."""
    text = s(fmt)
    n = len(format_arity(text))
    if n == 0:
        return k(render(text, []))
    return Builtin("printf", n, lambda *args: k(render(text, list(args))))


# -- the Stdlib block ----------------------------------------------------------------------

def build_stdlib(m: Machine) -> dict[str, Block]:
    """The module blocks of the Stdlib's units, by unit name (Stdlib,
    Stdlib__List, ...): each stdlib/NAME.mli is its own unit, reached from
    Stdlib through an alias that has no field."""
    ident, _ = stdlib()
    impls = _impls(m)

    def block(sig: MtySig, prefix: str) -> Block:
        fields = []
        for it in runtime_items(sig.items):
            name = prefix + it.id.name
            if isinstance(it, SigValue):
                v = impls.get(name)
                if v is None:
                    v = _missing(name)
                fields.append(v)
            elif isinstance(it, SigException):
                fields.append(Block(OBJECT_TAG, [b("Stdlib." + name), -100 - len(fields)]))
            elif isinstance(it, SigModule):
                sub = it.mty
                fields.append(block(sub, name + ".") if isinstance(sub, MtySig) else _missing(name))
        return Block(0, fields)
    units = {"Stdlib": block(ident.data, "")}
    for unit, uid in stdlib_units().items():
        if unit != "Stdlib":
            units[unit] = block(uid.data, unit[len("Stdlib__"):] + ".")
    return units


def _missing(name: str) -> Builtin:
    def fail(*_):
        raise NotModelled(f"Stdlib.{name} is not modelled by the test evaluator")
    return Builtin(name, 1, fail)


def _impls(m: Machine) -> dict:
    ap = m.apply
    out_ = m.out

    def pr(text: str) -> int:
        out_.extend(text.encode("latin-1"))
        return 0

    def prb(v) -> int:
        out_.extend(v)
        return 0

    def eprb(v) -> int:
        m.err.extend(v)
        return 0

    def exit_(code):
        for f in reversed(m.at_exit):
            ap(f, [0])
        m.at_exit.clear()
        raise ProgramExit(code)

    def at_exit(f):
        m.at_exit.append(f)
        return 0

    def list_sort(cmp, l):
        import functools
        items = to_list(l)
        return of_list(sorted(items, key=functools.cmp_to_key(lambda x, y: ap(cmp, [x, y]))))

    def nth(l, n):
        if n < 0:
            m.invalid_arg("List.nth")
        items = to_list(l)
        if n >= len(items):
            m.failwith("nth")
        return items[n]

    def hd(l):
        if not isinstance(l, Block):
            m.failwith("hd")
        return l.fields[0]

    def tl(l):
        if not isinstance(l, Block):
            m.failwith("tl")
        return l.fields[1]

    def find(p, l):
        for x in to_list(l):
            if ap(p, [x]):
                return x
        m.fail("Not_found")

    def assoc(k, l):
        for pair in to_list(l):
            if equal_values(m, pair.fields[0], k):
                return pair.fields[1]
        m.fail("Not_found")

    def fold_left(f, acc, l):
        for x in to_list(l):
            acc = ap(f, [acc, x])
        return acc

    def fold_right(f, l, acc):
        for x in reversed(to_list(l)):
            acc = ap(f, [x, acc])
        return acc

    def iter_(f, l):
        for x in to_list(l):
            ap(f, [x])
        return 0

    def iteri(f, l):
        for i, x in enumerate(to_list(l)):
            ap(f, [i, x])
        return 0

    def map_(f, l):
        return of_list([ap(f, [x]) for x in to_list(l)])

    def mapi(f, l):
        return of_list([ap(f, [i, x]) for i, x in enumerate(to_list(l))])

    def filter_map(f, l):
        out = []
        for x in to_list(l):
            r = ap(f, [x])
            if isinstance(r, Block):
                out.append(r.fields[0])
        return of_list(out)

    def list_init(n, f):
        if n < 0:
            m.invalid_arg("List.init")
        return of_list([ap(f, [i]) for i in range(n)])

    def combine(a, b_):
        la, lb = to_list(a), to_list(b_)
        if len(la) != len(lb):
            m.invalid_arg("List.combine")
        return of_list([Block(0, [x, y]) for x, y in zip(la, lb)])

    def split(l):
        pairs = to_list(l)
        return Block(0, [of_list([p.fields[0] for p in pairs]), of_list([p.fields[1] for p in pairs])])

    def partition(p, l):
        yes, no = [], []
        for x in to_list(l):
            (yes if ap(p, [x]) else no).append(x)
        return Block(0, [of_list(yes), of_list(no)])

    def iter2(f, a, b_):
        la, lb = to_list(a), to_list(b_)
        if len(la) != len(lb):
            m.invalid_arg("List.iter2")
        for x, y in zip(la, lb):
            ap(f, [x, y])
        return 0

    def map2(f, a, b_):
        la, lb = to_list(a), to_list(b_)
        if len(la) != len(lb):
            m.invalid_arg("List.map2")
        return of_list([ap(f, [x, y]) for x, y in zip(la, lb)])

    # strings
    def sub(st, i, n):
        if i < 0 or n < 0 or i + n > len(st):
            m.invalid_arg("String.sub / Bytes.sub")
        return bytearray(st[i:i + n])

    def index(st, c):
        i = st.find(bytes([c]))
        if i < 0:
            m.fail("Not_found")
        return i

    def str_make(n, c):
        if n < 0:
            m.invalid_arg("String.create")
        return bytearray([c]) * n

    def str_init(n, f):
        return bytearray(ap(f, [i]) for i in range(n))

    def str_map(f, st):
        return bytearray(ap(f, [c]) for c in st)

    def str_iter(f, st):
        for c in bytes(st):
            ap(f, [c])
        return 0

    def chr_(n):
        if not 0 <= n < 256:
            m.invalid_arg("Char.chr")
        return n

    def char_of_int(n):
        if not 0 <= n < 256:
            m.invalid_arg("char_of_int")
        return n

    def split_on_char(c, st):
        return of_list([bytearray(p) for p in bytes(st).split(bytes([c]))])

    # arrays
    def arr(items, like=None) -> Block:
        if items and isinstance(items[0], float):
            return Block(DOUBLE_ARRAY_TAG, items)
        return Block(0, items)

    def arr_init(n, f):
        if n < 0:
            m.invalid_arg("Array.init")
        return arr([ap(f, [i]) for i in range(n)])

    def arr_iter(f, a):
        for x in list(a.fields):
            ap(f, [x])
        return 0

    def arr_iteri(f, a):
        for i, x in enumerate(list(a.fields)):
            ap(f, [i, x])
        return 0

    def arr_fold_left(f, acc, a):
        for x in list(a.fields):
            acc = ap(f, [acc, x])
        return acc

    def arr_sort(cmp, a):
        import functools
        a.fields.sort(key=functools.cmp_to_key(lambda x, y: ap(cmp, [x, y])))
        return 0

    def arr_make_matrix(x, y, v):
        return Block(0, [arr([v] * y) for _ in range(x)])

    def arr_fill(a, ofs, n, v):
        if ofs < 0 or n < 0 or ofs + n > len(a.fields):
            m.invalid_arg("Array.fill")
        for i in range(ofs, ofs + n):
            a.fields[i] = v
        return 0

    def int_of_string_opt(st):
        try:
            return some(CCALLS["caml_int_of_string"](m, st))
        except OCamlExn:
            return 0

    def find_opt(p, l):
        for x in to_list(l):
            if ap(p, [x]):
                return some(x)
        return 0

    def assoc_opt(k, l):
        for pair in to_list(l):
            if equal_values(m, pair.fields[0], k):
                return some(pair.fields[1])
        return 0

    def remove_assoc(k, l):
        items = to_list(l)
        for i, pair in enumerate(items):
            if equal_values(m, pair.fields[0], k):
                return of_list(items[:i] + items[i + 1:])
        return l

    def sort_uniq(cmp, l):
        import functools
        items = sorted(to_list(l), key=functools.cmp_to_key(lambda x, y: ap(cmp, [x, y])))
        out: list = []
        for x in items:
            if not out or ap(cmp, [out[-1], x]) != 0:
                out.append(x)
        return of_list(out)

    def index_opt(st, c):
        i = st.find(bytes([c]))
        return some(i) if i >= 0 else 0

    def opt_get(o):
        if not isinstance(o, Block):
            m.invalid_arg("option is None")
        return o.fields[0]

    def arr_sub(a, ofs, n):
        if ofs < 0 or n < 0 or ofs + n > len(a.fields):
            m.invalid_arg("Array.sub")
        return Block(a.tag, a.fields[ofs:ofs + n])

    # Hashtbl without iteration (OCaml's bucket order is not modelled)
    def key(v):
        if isinstance(v, Block):
            return ("b", v.tag, tuple(key(x) for x in v.fields))
        if isinstance(v, bytearray):
            return ("s", bytes(v))
        return v

    class Table:
        def __init__(self) -> None:
            self.d: dict = {}

    def h_add(t, k, v):
        t.d.setdefault(key(k), []).insert(0, v)
        return 0

    def h_replace(t, k, v):
        lst = t.d.setdefault(key(k), [])
        if lst:
            lst[0] = v
        else:
            lst.append(v)
        return 0

    def h_find(t, k):
        lst = t.d.get(key(k))
        if not lst:
            m.fail("Not_found")
        return lst[0]

    def h_find_opt(t, k):
        lst = t.d.get(key(k))
        return some(lst[0]) if lst else 0

    def h_remove(t, k):
        lst = t.d.get(key(k))
        if lst:
            lst.pop(0)
        return 0

    class Buf:
        def __init__(self) -> None:
            self.b = bytearray()

    def buf_add(bf, x):
        bf.b.extend(x if isinstance(x, bytearray) else bytes([x]))
        return 0

    def to_string_exn(e):
        return b(exn_to_string(m, e))

    impls = {
        "invalid_arg": Builtin("invalid_arg", 1, lambda x: m.invalid_arg(s(x))),
        "failwith": Builtin("failwith", 1, lambda x: m.failwith(s(x))),
        "min": Builtin("min", 2, lambda x, y: x if compare_values(m, x, y, True) <= 0 else y),
        "max": Builtin("max", 2, lambda x, y: x if compare_values(m, x, y, True) >= 0 else y),
        "abs": Builtin("abs", 1, lambda x: wrap(abs(x))),
        "max_int": (1 << 62) - 1, "min_int": -(1 << 62),
        "lnot": Builtin("lnot", 1, lambda x: ~x),
        "infinity": math.inf, "neg_infinity": -math.inf, "nan": math.nan,
        "max_float": 1.7976931348623157e308, "min_float": 2.2250738585072014e-308,
        "epsilon_float": 2.220446049250313e-16,
        "^": Builtin("^", 2, lambda x, y: bytearray(x + y)),
        "char_of_int": Builtin("char_of_int", 1, char_of_int),
        "string_of_bool": Builtin("string_of_bool", 1, lambda x: b("true" if x else "false")),
        "string_of_int": Builtin("string_of_int", 1, lambda x: b(str(x))),
        "string_of_float": Builtin("string_of_float", 1, lambda x: b(string_of_float(x))),
        "int_of_string_opt": Builtin("int_of_string_opt", 1, int_of_string_opt),
        "print_char": Builtin("print_char", 1, lambda c: prb(bytes([c]))),
        "print_string": Builtin("print_string", 1, prb),
        "print_bytes": Builtin("print_bytes", 1, prb),
        "print_int": Builtin("print_int", 1, lambda x: pr(str(x))),
        "print_float": Builtin("print_float", 1, lambda x: pr(string_of_float(x))),
        "print_endline": Builtin("print_endline", 1, lambda x: (prb(x), pr("\n"))[1]),
        "print_newline": Builtin("print_newline", 1, lambda _: pr("\n")),
        "prerr_string": Builtin("prerr_string", 1, eprb),
        "prerr_endline": Builtin("prerr_endline", 1, lambda x: (eprb(x), eprb(b"\n"))[1]),
        "stdout": 1, "stderr": 2, "stdin": 0,
        "flush": Builtin("flush", 1, lambda _: 0),
        "output_string": Builtin("output_string", 2, lambda ch, x: prb(x) if ch == 1 else eprb(x)),
        "exit": Builtin("exit", 1, exit_),
        "at_exit": Builtin("at_exit", 1, at_exit),
        "@": Builtin("@", 2, lambda x, y: of_list(to_list(x) + to_list(y))),
        "string_of_format": Builtin("string_of_format", 1, lambda f: f),
        "^^": Builtin("^^", 2, lambda x, y: bytearray(x + y)),
        # List
        "List.length": Builtin("length", 1, lambda l: len(to_list(l))),
        "List.hd": Builtin("hd", 1, hd), "List.tl": Builtin("tl", 1, tl),
        "List.nth": Builtin("nth", 2, nth),
        "List.rev": Builtin("rev", 1, lambda l: of_list(reversed(to_list(l)))),
        "List.init": Builtin("init", 2, list_init),
        "List.append": Builtin("append", 2, lambda x, y: of_list(to_list(x) + to_list(y))),
        "List.rev_append": Builtin("rev_append", 2, lambda x, y: of_list(list(reversed(to_list(x))) + to_list(y))),
        "List.concat": Builtin("concat", 1, lambda l: of_list([x for sub in to_list(l) for x in to_list(sub)])),
        "List.flatten": Builtin("flatten", 1, lambda l: of_list([x for sub in to_list(l) for x in to_list(sub)])),
        "List.iter": Builtin("iter", 2, iter_), "List.iteri": Builtin("iteri", 2, iteri),
        "List.map": Builtin("map", 2, map_), "List.mapi": Builtin("mapi", 2, mapi),
        "List.rev_map": Builtin("rev_map", 2, lambda f, l: of_list(reversed([ap(f, [x]) for x in to_list(l)]))),
        "List.filter_map": Builtin("filter_map", 2, filter_map),
        "List.fold_left": Builtin("fold_left", 3, fold_left),
        "List.fold_right": Builtin("fold_right", 3, fold_right),
        "List.for_all": Builtin("for_all", 2, lambda p, l: truthy(all(ap(p, [x]) for x in to_list(l)))),
        "List.exists": Builtin("exists", 2, lambda p, l: truthy(any(ap(p, [x]) for x in to_list(l)))),
        "List.mem": Builtin("mem", 2, lambda v, l: truthy(any(equal_values(m, v, x) for x in to_list(l)))),
        "List.find": Builtin("find", 2, find),
        "List.filter": Builtin("filter", 2, lambda p, l: of_list([x for x in to_list(l) if ap(p, [x])])),
        "List.partition": Builtin("partition", 2, partition),
        "List.assoc": Builtin("assoc", 2, assoc),
        "List.mem_assoc": Builtin("mem_assoc", 2, lambda k, l: truthy(any(equal_values(m, k, p.fields[0]) for p in to_list(l)))),
        "List.split": Builtin("split", 1, split), "List.combine": Builtin("combine", 2, combine),
        "List.sort": Builtin("sort", 2, list_sort), "List.stable_sort": Builtin("stable_sort", 2, list_sort),
        "List.iter2": Builtin("iter2", 3, iter2), "List.map2": Builtin("map2", 3, map2),
        # String / Bytes / Char
        "String.make": Builtin("make", 2, str_make), "String.init": Builtin("init", 2, str_init),
        "String.concat": Builtin("concat", 2, lambda sep, l: bytearray(bytes(sep).join(bytes(x) for x in to_list(l)))),
        "String.sub": Builtin("sub", 3, sub),
        "String.uppercase_ascii": Builtin("uppercase_ascii", 1, lambda x: bytearray(bytes(x).upper())),
        "String.lowercase_ascii": Builtin("lowercase_ascii", 1, lambda x: bytearray(bytes(x).lower())),
        "String.index": Builtin("index", 2, index),
        "String.contains": Builtin("contains", 2, lambda st, c: truthy(c in st)),
        "String.equal": Builtin("equal", 2, lambda x, y: truthy(x == y)),
        "String.compare": Builtin("compare", 2, lambda x, y: compare_values(m, x, y, True)),
        "String.split_on_char": Builtin("split_on_char", 2, split_on_char),
        "String.map": Builtin("map", 2, str_map), "String.iter": Builtin("iter", 2, str_iter),
        "String.trim": Builtin("trim", 1, lambda x: bytearray(bytes(x).strip(b" \t\n\r\x0c"))),
        "String.of_bytes": Builtin("of_bytes", 1, lambda x: bytearray(x)),
        "String.to_bytes": Builtin("to_bytes", 1, lambda x: bytearray(x)),
        "Bytes.make": Builtin("make", 2, str_make),
        "Bytes.to_string": Builtin("to_string", 1, lambda x: bytearray(x)),
        "Bytes.of_string": Builtin("of_string", 1, lambda x: bytearray(x)),
        "Bytes.sub_string": Builtin("sub_string", 3, sub),
        "Bytes.copy": Builtin("copy", 1, lambda x: bytearray(x)),
        "Char.chr": Builtin("chr", 1, chr_),
        "Char.uppercase_ascii": Builtin("uppercase_ascii", 1, lambda c: ord(chr(c).upper()) if c < 128 else c),
        "Char.lowercase_ascii": Builtin("lowercase_ascii", 1, lambda c: ord(chr(c).lower()) if c < 128 else c),
        # Array
        "Array.init": Builtin("init", 2, arr_init),
        "Array.make_matrix": Builtin("make_matrix", 3, arr_make_matrix),
        "Array.append": Builtin("append", 2, lambda x, y: arr(x.fields + y.fields)),
        "Array.copy": Builtin("copy", 1, lambda x: Block(x.tag, list(x.fields))),
        "Array.fill": Builtin("fill", 4, arr_fill),
        "Array.to_list": Builtin("to_list", 1, lambda a: of_list(a.fields)),
        "Array.of_list": Builtin("of_list", 1, lambda l: arr(to_list(l))),
        "Array.iter": Builtin("iter", 2, arr_iter), "Array.iteri": Builtin("iteri", 2, arr_iteri),
        "Array.map": Builtin("map", 2, lambda f, a: arr([ap(f, [x]) for x in list(a.fields)])),
        "Array.mapi": Builtin("mapi", 2, lambda f, a: arr([ap(f, [i, x]) for i, x in enumerate(list(a.fields))])),
        "Array.fold_left": Builtin("fold_left", 3, arr_fold_left),
        "Array.exists": Builtin("exists", 2, lambda p, a: truthy(any(ap(p, [x]) for x in list(a.fields)))),
        "Array.for_all": Builtin("for_all", 2, lambda p, a: truthy(all(ap(p, [x]) for x in list(a.fields)))),
        "Array.mem": Builtin("mem", 2, lambda v, a: truthy(any(equal_values(m, v, x) for x in a.fields))),
        "Array.sort": Builtin("sort", 2, arr_sort),
        # Printf / Printexc
        "Printf.printf": Builtin("printf", 1, lambda f: format_function(m, f, pr)),
        "Printf.eprintf": Builtin("eprintf", 1, lambda f: format_function(m, f, lambda t: eprb(b(t)))),
        "Printf.sprintf": Builtin("sprintf", 1, lambda f: format_function(m, f, b)),
        "Printexc.to_string": Builtin("to_string", 1, to_string_exn),
        "Int.to_string": Builtin("to_string", 1, lambda x: b(str(x))),
        "List.find_opt": Builtin("find_opt", 2, find_opt),
        "List.assoc_opt": Builtin("assoc_opt", 2, assoc_opt),
        "List.remove_assoc": Builtin("remove_assoc", 2, remove_assoc),
        "List.concat_map": Builtin("concat_map", 2, lambda f, l: of_list([y for x in to_list(l) for y in to_list(ap(f, [x]))])),
        "List.filteri": Builtin("filteri", 2, lambda p, l: of_list([x for i, x in enumerate(to_list(l)) if ap(p, [i, x])])),
        "List.sort_uniq": Builtin("sort_uniq", 2, sort_uniq),
        "List.exists2": Builtin("exists2", 3, lambda p, a, b_: truthy(any(ap(p, [x, y]) for x, y in zip(to_list(a), to_list(b_))))),
        "String.index_opt": Builtin("index_opt", 2, index_opt),
        "String.get": Builtin("get", 2, lambda st, i: st[i]),
        "Option.is_some": Builtin("is_some", 1, lambda o: truthy(isinstance(o, Block))),
        "Option.is_none": Builtin("is_none", 1, lambda o: truthy(not isinstance(o, Block))),
        "Option.get": Builtin("get", 1, opt_get),
        "Option.map": Builtin("map", 2, lambda f, o: some(ap(f, [o.fields[0]])) if isinstance(o, Block) else 0),
        "Option.value": Builtin("value", 2, lambda o, d: o.fields[0] if isinstance(o, Block) else d),
        "Array.sub": Builtin("sub", 3, arr_sub),
        "Hashtbl.create": Builtin("create", 1, lambda n: Table()),
        "Hashtbl.add": Builtin("add", 3, h_add),
        "Hashtbl.replace": Builtin("replace", 3, h_replace),
        "Hashtbl.find": Builtin("find", 2, h_find),
        "Hashtbl.find_opt": Builtin("find_opt", 2, h_find_opt),
        "Hashtbl.mem": Builtin("mem", 2, lambda t, k: truthy(bool(t.d.get(key(k))))),
        "Hashtbl.remove": Builtin("remove", 2, h_remove),
        "Hashtbl.length": Builtin("length", 1, lambda t: sum(len(v) for v in t.d.values())),
        "Buffer.create": Builtin("create", 1, lambda n: Buf()),
        "Buffer.add_string": Builtin("add_string", 2, buf_add),
        "Buffer.add_char": Builtin("add_char", 2, buf_add),
        "Buffer.contents": Builtin("contents", 1, lambda bf: bytearray(bf.b)),
        "Buffer.length": Builtin("length", 1, lambda bf: len(bf.b)),
        "Int.max_int": (1 << 62) - 1, "Int.min_int": -(1 << 62),
        "Float.of_int": Builtin("of_int", 1, float), "Float.to_string": Builtin("to_string", 1, lambda x: b(string_of_float(x))),
    }
    return impls


# -- C primitives -------------------------------------------------------------------------------

def _cmp_prim(test):
    def prim(m: Machine, a, b_):
        c = compare_values(m, a, b_, False)
        return truthy(c is not None and test(c))
    return prim


def _int_of_string(m: Machine, st) -> int:
    text = s(st).replace("_", "")
    try:
        from robur.lambda_.translcore import parse_int_literal
        v = parse_int_literal(text)
        if not text or not -(1 << 62) <= v < (1 << 63):
            raise ValueError
        return wrap(v)
    except ValueError:
        m.failwith("int_of_string")
        return 0


def _float_of_string(m: Machine, st) -> float:
    try:
        return float_of_text(s(st))
    except ValueError:
        m.failwith("float_of_string")
        return 0.0


def _lazy_force(m: Machine, v):
    if not isinstance(v, Block):
        return v
    if v.tag == FORWARD_TAG:
        return v.fields[0]
    if v.tag != LAZY_TAG:
        return v
    f = v.fields[0]

    def undefined(_):
        raise RuntimeError("CamlinternalLazy.Undefined")
    v.fields[0] = Builtin("undefined", 1, undefined)
    try:
        r = m.apply(f, [0])
    except OCamlExn as e:
        exn = e.value

        def reraise(_):
            raise OCamlExn(exn)
        v.fields[0] = Builtin("raise", 1, reraise)
        raise
    v.tag = FORWARD_TAG
    v.fields[0] = r
    return r


def _fresh_oo_id(m: Machine, _):
    m.oo_id += 1
    return m.oo_id


def _make_vect(m: Machine, n, v):
    if n < 0:
        m.invalid_arg("Array.make")
    return Block(DOUBLE_ARRAY_TAG if isinstance(v, float) else 0, [v] * n)


def _update_dummy(m: Machine, dummy: Block, v: Block) -> int:
    dummy.tag = v.tag
    dummy.fields = list(v.fields)
    return 0


def _float_compare(m, a, b_):
    return compare_values(m, a, b_, True)


CCALLS = {
    "caml_equal": _cmp_prim(lambda c: c == 0),
    "caml_notequal": lambda m, a, b_: truthy(compare_values(m, a, b_, False) != 0),
    "caml_lessthan": _cmp_prim(lambda c: c < 0),
    "caml_lessequal": _cmp_prim(lambda c: c <= 0),
    "caml_greaterthan": _cmp_prim(lambda c: c > 0),
    "caml_greaterequal": _cmp_prim(lambda c: c >= 0),
    "caml_compare": lambda m, a, b_: compare_values(m, a, b_, True),
    "caml_int_compare": lambda m, a, b_: (a > b_) - (a < b_),
    "caml_float_compare": _float_compare,
    "caml_string_equal": lambda m, a, b_: truthy(a == b_),
    "caml_string_notequal": lambda m, a, b_: truthy(a != b_),
    "caml_string_lessthan": lambda m, a, b_: truthy(bytes(a) < bytes(b_)),
    "caml_string_lessequal": lambda m, a, b_: truthy(bytes(a) <= bytes(b_)),
    "caml_string_greaterthan": lambda m, a, b_: truthy(bytes(a) > bytes(b_)),
    "caml_string_greaterequal": lambda m, a, b_: truthy(bytes(a) >= bytes(b_)),
    "caml_string_compare": lambda m, a, b_: compare_values(m, a, b_, True),
    "caml_fresh_oo_id": _fresh_oo_id,
    "caml_alloc_dummy": lambda m, n: Block(0, [0] * n),
    "caml_update_dummy": _update_dummy,
    "caml_lazy_force": _lazy_force,
    "caml_obj_make_forward": lambda m, blk, v: (setattr(blk, "tag", FORWARD_TAG), blk.fields.__setitem__(0, v), 0)[2],
    "caml_make_vect": _make_vect,
    "caml_make_float_vect": lambda m, n: Block(DOUBLE_ARRAY_TAG, [0.0] * n),
    "caml_create_bytes": lambda m, n: bytearray(n),
    "caml_int_of_string": _int_of_string,
    "caml_float_of_string": _float_of_string,
    "caml_sqrt_float": lambda m, x: math.sqrt(x) if x >= 0 else math.nan,
    "caml_floor_float": lambda m, x: float(math.floor(x)),
    "caml_ceil_float": lambda m, x: float(math.ceil(x)),
    "caml_power_float": lambda m, x, y: math.pow(x, y),
    "caml_fmod_float": lambda m, x, y: math.fmod(x, y),
    "caml_exp_float": lambda m, x: math.exp(x),
    "caml_log_float": lambda m, x: math.log(x),
    "caml_sin_float": lambda m, x: math.sin(x),
    "caml_cos_float": lambda m, x: math.cos(x),
    "caml_round_float": lambda m, x: float(math.floor(x + 0.5)) if x >= 0 else float(math.ceil(x - 0.5)),
}
