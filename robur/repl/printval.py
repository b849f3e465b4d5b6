"""Printing values by their static type, exactly as OCaml's toplevel does.

Two stages, as in the OCaml toplevel (genprintval, then oprint):

1. ``tree_of_value`` walks a decoded value (``Value``: what the VM's memory
   reader produces) guided by its type, into an *outcome tree*.  It spends a
   budget of printer steps (300 by default; one per node) and of depth (100),
   and puts an ellipsis where either runs out; strings are cut to the steps
   left.  Constructors, records and exceptions are named from the type
   declarations; functions print as ``<fun>``, abstract types as
   ``<abstr>``, type variables as ``<poly>``.
2. ``print_tree`` lays the tree out with Format boxes (robur.typing.pformat),
   so long values break lines where the toplevel breaks them.

``value_line`` composes ``val x : t = v`` and ``- : t = v``.
"""
from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from typing import Callable, Optional, Union

from ..syntax.printer import escape_string as syntax_escape
from ..typing import predef
from ..typing.pformat import MARGIN, Doc
from ..typing.types import ARROW, CONSTR, POLY, TUPLE, UNIVAR, VAR, PDot, Type, tuple_
from ..typing.unify import apply_params, decl_of, expand_head

# -- decoded values --------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    tag: int
    fields: tuple


@dataclass(frozen=True)
class FloatArray:
    items: tuple


@dataclass(frozen=True)
class Boxed:
    """An Int32/Int64/Nativeint custom block."""
    value: int


class Closure:
    """A function value (its code is not printed)."""


class Abstract:
    """A value the printer cannot look into."""


class Cut:
    """A part of the value the VM did not send (its walk's budget ran out):
    printed as an ellipsis, which the toplevel's own budget would print
    there anyway."""


CUT = Cut()


Value = Union[int, float, bytes, Block, FloatArray, Boxed, Closure, Abstract, Cut]

OBJECT_TAG = 248
MAX_STEPS = 300
MAX_DEPTH = 100

# -- the outcome tree --------------------------------------------------------------


@dataclass
class Oval:
    kind: str                 # int float char string bytes list array tuple record constr stuff ellipsis
    value: object = None
    items: Optional[list] = None
    maxlen: int = 0


ELLIPSIS = Oval("ellipsis")
CYCLE = Oval("stuff", "<cycle>")


class _Budget:
    def __init__(self, steps: int):
        self.steps = steps


def tree_of_value(v: Value, t: Type, steps: int = MAX_STEPS, depth: int = MAX_DEPTH,
                  exceptions: Optional[dict[str, list[Type]]] = None,
                  visible: Optional[Callable[[str, str], object]] = None) -> Oval:
    """The outcome tree of value ``v`` at type ``t``.  ``exceptions`` maps an
    exception's printed name to its argument types.  ``visible(ns, name)``
    gives the type path of the constructor (ns "c") or label ("l") that
    ``name`` means unqualified where the value is printed (None when it is
    unbound): a constructor of a type defined inside a module prints
    qualified (``N.A``) unless that lookup finds it, as genprintval does."""
    return _Walker(_Budget(steps), exceptions or {}, visible).tree(v, t, depth)


class _Walker:
    def __init__(self, budget: _Budget, exceptions: dict[str, list[Type]],
                 visible: Optional[Callable[[str, str], object]] = None):
        self.budget = budget
        self.exceptions = exceptions
        self.visible = visible
        # the blocks being printed (the path from the root): meeting one
        # again prints <cycle>, as genprintval's nest does
        self.nested: set[int] = set()

    def tree(self, v: Value, t: Type, depth: int) -> Oval:
        if isinstance(v, (Block, FloatArray)):
            if id(v) in self.nested:
                return CYCLE
            self.nested.add(id(v))
            try:
                return self._tree(v, t, depth)
            finally:
                self.nested.discard(id(v))
        return self._tree(v, t, depth)

    def _tree(self, v: Value, t: Type, depth: int) -> Oval:
        self.budget.steps -= 1
        if self.budget.steps < 0 or depth < 0 or isinstance(v, Cut):
            return ELLIPSIS
        t = expand_head(t)
        k = t.kind
        if k in (VAR, UNIVAR):
            return Oval("stuff", "<poly>")
        if k == POLY:
            return self.tree(v, t.args[0], depth)
        if k == ARROW:
            return Oval("stuff", "<fun>")
        if k == TUPLE:
            if not isinstance(v, Block):
                return Oval("stuff", "<abstr>")
            return Oval("tuple", items=[self.tree(x, ty, depth - 1) for x, ty in zip(v.fields, t.args)])
        if k != CONSTR:
            return Oval("stuff", "<abstr>")
        return self._constr(v, t, depth)

    def _constr(self, v: Value, t: Type, depth: int) -> Oval:
        p = t.path
        if p is predef.path_int:
            return Oval("int", v)
        if p is predef.path_char:
            return Oval("char", v)
        if p is predef.path_float:
            return Oval("float", v)
        if p is predef.path_string or p is predef.path_bytes:
            assert isinstance(v, bytes)
            return Oval("string" if p is predef.path_string else "bytes", v, maxlen=self.budget.steps)
        if p is predef.path_int32 or p is predef.path_int64 or p is predef.path_nativeint:
            suffix = "l" if p is predef.path_int32 else "L" if p is predef.path_int64 else "n"
            return Oval("stuff", f"{v.value if isinstance(v, Boxed) else v}{suffix}")
        if p is predef.path_list:
            return self._list(v, t.args[0], depth)
        if p is predef.path_array:
            if isinstance(v, FloatArray):
                return Oval("array", items=[self.tree(x, predef.t_float(), depth - 1) for x in v.items])
            if isinstance(v, Block):
                return Oval("array", items=self._items(v.fields, t.args[0], depth))
            return Oval("array", items=[])
        if p is predef.path_exn:
            return self._exception(v, depth)
        if p is predef.path_lazy:
            return Oval("stuff", "<lazy>")
        decl = decl_of(p)
        if decl is None:
            return Oval("stuff", "<abstr>")
        if decl.kind == "variant":
            return self._variant(v, t, decl, depth)
        if decl.kind == "record":
            # only the first label is qualified (genprintval's tree_of_fields)
            fields = [(self._qualified(t.path, l.name, "l") if i == 0 else l.name,
                       apply_params(decl.params, l.type, t.args)) for i, l in enumerate(decl.labels)]
            return self._record(v, fields, depth, float_record=all(_is_float(ty) for _, ty in fields))
        return Oval("stuff", "<abstr>")

    def _items(self, values, ty: Type, depth: int) -> list[Oval]:
        out = []
        for x in values:
            if self.budget.steps < 0:
                out.append(ELLIPSIS)
                break
            out.append(self.tree(x, ty, depth - 1))
        return out

    def _list(self, v: Value, elt: Type, depth: int) -> Oval:
        items: list[Oval] = []
        added: list[int] = []
        while isinstance(v, Block):
            if self.budget.steps < 0 or depth < 0:
                items.append(ELLIPSIS)
                break
            items.append(self.tree(v.fields[0], elt, depth - 1))
            v = v.fields[1]
            if isinstance(v, Block):
                if id(v) in self.nested:
                    items.append(CYCLE)
                    break
                self.nested.add(id(v))
                added.append(id(v))
        if isinstance(v, Cut):
            items.append(ELLIPSIS)
        for a in added:
            self.nested.discard(a)
        return Oval("list", items=items)

    def _variant(self, v: Value, t: Type, decl, depth: int) -> Oval:
        consts = [c for c in decl.constructors if not c.args and c.record is None]
        blocks = [c for c in decl.constructors if c.args or c.record is not None]
        if isinstance(v, int):
            if 0 <= v < len(consts):
                return Oval("constr", self._qualified(t.path, _ctor_name(consts[v].name), "c"), items=[])
            return Oval("stuff", "<abstr>")
        if not isinstance(v, Block) or v.tag >= len(blocks):
            return Oval("stuff", "<abstr>")
        c = blocks[v.tag]
        name = self._qualified(t.path, _ctor_name(c.name), "c")
        if c.record is not None:
            fields = [(l.name, apply_params(decl.params, l.type, t.args)) for l in c.record]
            return Oval("constr", name, items=[self._record(v, fields, depth, False)])
        args = [apply_params(decl.params, a, t.args) for a in c.args]
        return Oval("constr", name,
                    items=[self.tree(x, ty, depth - 1) for x, ty in zip(v.fields, args)])

    def _qualified(self, type_path, name: str, ns: str) -> str:
        """genprintval's tree_of_qualified."""
        if self.visible is None or not isinstance(type_path, PDot):
            return name
        if self.visible(ns, name) == type_path:
            return name
        from ..typing.printtyp import path_name
        return f"{path_name(type_path.parent)}.{name}"

    def _record(self, v: Value, fields: list[tuple[str, Type]], depth: int, float_record: bool) -> Oval:
        if isinstance(v, FloatArray):
            values = list(v.items)
        elif isinstance(v, Block):
            values = list(v.fields)
        else:
            return Oval("stuff", "<abstr>")
        return Oval("record", items=[(name, self.tree(x, ty, depth - 1))
                                      for (name, ty), x in zip(fields, values)])

    def _exception(self, v: Value, depth: int) -> Oval:
        ident = v if isinstance(v, Block) and v.tag == OBJECT_TAG else \
            (v.fields[0] if isinstance(v, Block) and v.fields else None)
        if not isinstance(ident, Block) or not ident.fields or not isinstance(ident.fields[0], bytes):
            return Oval("stuff", "<abstr>")
        name = ident.fields[0].decode("latin-1")
        shown = name
        if ident is v:
            return Oval("constr", shown, items=[])
        args = self.exceptions.get(name) or self.exceptions.get(shown) or _PREDEF_EXN_ARGS.get(shown)
        if args is None:
            return Oval("constr", shown, items=[Oval("stuff", "_") for _ in v.fields[1:]])
        if isinstance(args, InlineRecord):
            rec = self._record(Block(0, tuple(v.fields[1:])), args.fields, depth, False)
            return Oval("constr", shown, items=[rec])
        return Oval("constr", shown, items=[self.tree(x, ty, depth - 1) for x, ty in zip(v.fields[1:], args)])


@dataclass(frozen=True)
class InlineRecord:
    """The argument of ``exception E of { ... }``: (label, type) pairs, for
    ``tree_of_value``'s ``exceptions``."""
    fields: list


def _is_float(t: Type) -> bool:
    t = expand_head(t)
    return t.kind == CONSTR and t.path is predef.path_float


def _ctor_name(name: str) -> str:
    return {"::": "(::)"}.get(name, name)


_PREDEF_EXN_ARGS: dict[str, list[Type]] = {}


def _init_predef_exceptions() -> None:
    s = predef.t_string()
    i = predef.t_int()
    loc = tuple_([s, i, i])
    _PREDEF_EXN_ARGS.update({"Failure": [s], "Invalid_argument": [s], "Sys_error": [s],
                             "Match_failure": [loc], "Assert_failure": [loc]})


_init_predef_exceptions()

# -- layout ----------------------------------------------------------------------


def float_repr(f: float) -> str:
    """The toplevel's float: the first of %.12g, %.15g, %.18g that reads
    back as the same float, with a "." when it looks like an integer."""
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "infinity" if f > 0 else "neg_infinity"
    for prec in (12, 15, 18):
        s = f"{f:.{prec}g}"
        if float(s) == f:
            break
    if all(c in "0123456789-" for c in s):
        s += "."
    return s


def escape_string(s: bytes) -> str:
    """OCaml's String.escaped (bytes >= 128 are kept as they are)."""
    return syntax_escape(s.decode("latin-1"), keep_high=True)


def escape_char(code: int) -> str:
    """OCaml's Char.escaped, which (unlike String.escaped) also escapes
    bytes >= 128."""
    if code == 39:
        return "\\'"
    if code == 34:
        return '"'
    return syntax_escape(chr(code))


class _Ellipsis(Exception):
    pass


def print_tree(d: Doc, tree: Oval) -> None:
    _cautious(d, lambda: _tree1(d, tree))


def _cautious(d: Doc, f) -> None:
    """Like oprint's `cautious`: an ellipsis met while printing a part ends
    that part with "..." (the rest of the part is dropped)."""
    mark = len(d.toks)
    depth = 0
    try:
        f()
    except _Ellipsis:
        # close the boxes the interrupted part had opened
        for tok in d.toks[mark:]:
            if tok[0] == 2:
                depth += 1
            elif tok[0] == 3:
                depth -= 1
        d.text("...")
        for _ in range(depth):
            d.close()


def _tree1(d: Doc, t: Oval) -> None:
    if t.kind == "constr" and t.items:
        if len(t.items) == 1:
            d.open("b", 1).text(t.value).brk(1, 0)
            _constr_param(d, t.items[0])
            d.close()
        else:
            d.open("b", 1).text(t.value).brk(1, 0).text("(")
            _list(d, t.items, ",")
            d.text(")").close()
        return
    _simple(d, t)


def _constr_param(d: Doc, t: Oval) -> None:
    if t.kind == "int" and t.value < 0:
        d.text(f"({t.value})")
    elif t.kind == "float" and (t.value < 0 or (t.value == 0 and math.copysign(1, t.value) < 0)):
        d.text(f"({float_repr(t.value)})")
    elif t.kind == "stuff" and isinstance(t.value, str) and t.value[:1] == "-":
        d.text(f"({t.value})")
    else:
        _simple(d, t)


def _simple(d: Doc, t: Oval) -> None:
    k = t.kind
    if k == "int":
        d.text(str(t.value))
    elif k == "float":
        d.text(float_repr(t.value))
    elif k == "char":
        d.text("'" + escape_char(t.value) + "'")
    elif k in ("string", "bytes"):
        s: bytes = t.value
        cut = s[:t.maxlen] if len(s) > t.maxlen else s
        prefix = "Bytes.of_string " if k == "bytes" else ""
        d.text(prefix + '"' + escape_string(cut) + '"')
        if len(s) > t.maxlen:
            d.text(f"... (* string length {len(s)}; truncated *)")
    elif k == "list":
        d.open("b", 1).text("[")
        _list(d, t.items, ";")
        d.text("]").close()
    elif k == "array":
        d.open("b", 2).text("[|")
        _list(d, t.items, ";")
        d.text("|]").close()
    elif k == "constr" and not t.items:
        d.text(t.value)
    elif k == "stuff":
        d.text(t.value)
    elif k == "record":
        d.open("b", 1).text("{")
        _cautious(d, lambda: _fields(d, t.items))
        d.text("}").close()
    elif k == "ellipsis":
        raise _Ellipsis
    elif k == "tuple":
        d.open("b", 1).text("(")
        _list(d, t.items, ",")
        d.text(")").close()
    else:
        d.open("b", 1).text("(")
        _cautious(d, lambda: _tree1(d, t))
        d.text(")").close()


def _fields(d: Doc, fields: list) -> None:
    for i, (name, tree) in enumerate(fields):
        if i:
            d.text(";").brk(1, 0)
        d.open("b", 1).text(name).brk(1, 0).text("=").brk(1, 0)
        _cautious(d, lambda tree=tree: _tree1(d, tree))
        d.close()


def _list(d: Doc, items: list, sep: str) -> None:
    def go() -> None:
        for i, item in enumerate(items):
            if i:
                d.text(sep).brk(1, 0)
            _tree1(d, item)
    _cautious(d, go)


def value_line(name: str | None, type_doc: Doc, tree: Oval, margin: int = MARGIN) -> str:
    """``val name : t = v`` (or ``- : t = v`` when name is None)."""
    d = Doc()
    if name is None:
        d.open("b", 0).text("- : ").extend(type_doc).brk(1, 0).text("=").brk(1, 0)
        print_tree(d, tree)
        d.close()
    else:
        d.open("b", 2).open("b", 2).text(f"val {name} :").brk(1, 0).extend(type_doc).close()
        d.text(" =").brk(1, 0)
        print_tree(d, tree)
        d.close()
    return d.render(margin=margin)


def float_of_bits(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<q", bits))[0]
