"""Tree building: one callback per grammar rule, run by Lark during the parse.

Building the AST while parsing (instead of building a parse tree and
transforming it) is what makes the parser fast: no intermediate tree exists.
Each callback receives the rule's children (tokens, AST nodes, lists, or
``None`` for an absent ``[optional]``) and returns a node whose location spans
its children.  Desugaring follows OCaml's parser (see ast.py).
"""
from __future__ import annotations

from . import ast as A
from .lexer import Token
from .location import Location, SyntaxError_
from .precedence import EXPR_OPERATORS, PATTERN_AS, PATTERN_ATTRIBUTE, PATTERN_OPERATORS, resolve

# The AST's node classes, to build nodes with keywords (faster than calling
# A's: see ast.Makers); A's own for isinstance tests and positional calls.
N = A.Makers(A)


class Name:
    """A (possibly qualified) name with its location, between rules."""
    __slots__ = ("parts", "loc")

    def __init__(self, parts: tuple[str, ...], loc: Location):
        self.parts = parts
        self.loc = loc


UNSUPPORTED = {
    "unsupported_label": "labeled arguments are not supported by robur",
    "unsupported_optional": "optional arguments are not supported by robur",
    "unsupported_polyvariant": "polymorphic variants are not supported by robur",
    "unsupported_object": "objects are not supported by robur",
    "unsupported_method": "method calls (objects) are not supported by robur",
    "unsupported_class": "classes are not supported by robur",
    "unsupported_gadt": "GADT constructor declarations are not supported by robur",
    "unsupported_first_class_module": "first-class modules are not supported by robur",
    "unsupported_letop": "binding operators (let*, and+) are not supported by robur",
    "unsupported_extension": "extension nodes [%...] are not supported by robur",
    "unsupported_coercion": "coercions (e :> t) are not supported by robur",
    "unsupported_locally_abstract": "locally abstract types (type a) are not supported by robur",
    "unsupported_instance_variable": "instance variables are not supported by robur",
    "unsupported_refutation": "refutation cases (p -> .) are not supported by robur",
    "unsupported_bigarray": "bigarray indexing .{ } is not supported by robur",
    "unsupported_dotop": "user-defined indexing operators are not supported by robur",
    "unsupported_extensible": "extensible variant types are not supported by robur",
    "unsupported_type_extension": "extensible variant types are not supported by robur",
    "unsupported_type_subst": "type substitutions (type t := ...) are not supported by robur",
    "unsupported_type_constraint": "type constraints (constraint 'a = ...) are not supported by robur",
    "unsupported_applicative_path": "applicative functor paths F(X).t are not supported by robur",
    "unsupported_payload": "type and pattern attribute payloads are not supported by robur",
    "unsupported_recursive_module_spec": "recursive module specifications are not supported by robur",
}


def _neg(text: str) -> str:
    return text[1:] if text.startswith("-") else "-" + text


def _edge(c: list | tuple, first: bool) -> Token | Location | None:
    """The token or location where the children ``c`` begin (``first``) or end."""
    for x in (c if first else reversed(c)):
        if x is None:
            continue
        t = x.__class__
        if t is Token:
            return x
        plain = _PLAIN.get(t)
        if plain is None:
            plain = _PLAIN[t] = not issubclass(t, (list, tuple, Location, A.Case))
        if plain:
            e = getattr(x, "loc", None)
        elif isinstance(x, (list, tuple)):
            # lists of nodes, and the tuples some rules return between
            # callbacks (a type's kind, a constructor's arguments, a field)
            e = _edge(x, first)
        elif isinstance(x, Location):
            e = x
        else:
            e = x.pat.loc if first else x.body.loc
        if e is not None:
            return e
    return None


# Hot paths build Locations in place: object.__new__, then the slots, as
# Location.__init__ does (cheaper than calling the class).
_new = object.__new__
assert Location.__slots__ == ("file", "start", "end", "line", "col", "end_line")

# type -> whether _edge finds its location in its `loc` (most nodes): one
# lookup instead of the isinstance tests for the other kinds of children
_PLAIN: dict[type, bool] = {}


# Chains of callbacks (method names, in order) -> the Builder method that
# does the same in one call; and the methods that return the only child of
# a one-child rule unchanged (a chain skips them).
FUSED: dict[tuple[str, ...], str] = {
    ("r_val_ident", "_path", "r_e_ident"): "f_ident",
    ("r_val_ident", "r_p_var"): "f_p_var",
    ("_path", "r_t_constr"): "f_t_constr",
    ("_path", "r_constr_longident"): "_path",   # r_constr_longident keeps a Name
    ("r_constant", "r_const"): "f_const",
}
UNARY_IDENTITY = frozenset({"r_fun_param", "r_pattern"})


class Builder:
    """The callbacks.  ``callbacks()`` maps rule and alias names to methods."""

    def __init__(self, file: str = "_none_"):
        self.file = file

    # -- locations -------------------------------------------------------------
    def tloc(self, t: Token) -> Location:
        # Location(self.file, t.start_pos, t.end_pos, t.line, t.column, t.end_line),
        # built in place (see _new)
        loc = _new(Location)
        loc.file = self.file
        loc.start = t.start_pos
        loc.end = t.end_pos
        loc.line = t.line
        loc.col = t.column
        loc.end_line = t.end_line
        return loc

    def span(self, c: list) -> Location:
        # Read the bounds off the edge tokens/locations directly: no
        # intermediate Location is built (span runs for most reductions).
        # Most rules begin or end with a token: skip _edge's search then.
        # Otherwise a node's own `loc` when it has one (_PLAIN, as _edge).
        assert c, c
        a = c[0]
        t = a.__class__
        if t is Token:
            start, line, col = a.start_pos, a.line, a.column
        else:
            e = getattr(a, "loc", None) if _PLAIN.get(t) else None
            if e is None:
                e = _edge(c, True)
                assert e is not None, c
                if e.__class__ is Token:
                    start, line, col = e.start_pos, e.line, e.column
                else:
                    start, line, col = e.start, e.line, e.col
            else:
                start, line, col = e.start, e.line, e.col
        b = c[-1]
        t = b.__class__
        # Location(self.file, start, end, line, col, end_line), built in
        # place (see _new)
        loc = _new(Location)
        loc.file = self.file
        loc.start = start
        loc.line = line
        loc.col = col
        if t is Token:
            loc.end = b.end_pos
            loc.end_line = b.end_line
            return loc
        e = getattr(b, "loc", None) if _PLAIN.get(t) else None
        if e is None:
            e = _edge(c, False)
            assert e is not None, c
            if e.__class__ is Token:
                loc.end = e.end_pos
                loc.end_line = e.end_line
                return loc
        loc.end = e.end
        loc.end_line = e.end_line
        return loc

    # -- fused chains ------------------------------------------------------------
    # The parser runs a chain of one-symbol reductions as one step (see
    # parser._unary_chain); when the chain's callbacks are the methods a
    # FUSED key names, in that order, the method it maps to runs instead:
    # the same result from the same one-element list, without the values in
    # between.
    def f_ident(self, c):
        # r_val_ident, then _path (a Name: unchanged), then r_e_ident
        t = c[0]
        loc = self.tloc(t)
        return N.Ident(name=(t.value,), loc=loc)

    def f_p_var(self, c):
        # r_val_ident, then r_p_var
        t = c[0]
        loc = self.tloc(t)
        return N.PVar(name=t.value, loc=loc)

    def f_t_constr(self, c):
        # _path, then r_t_constr
        n = self._path(c)
        return N.TConstr(name=n.parts, args=[], loc=n.loc)

    def f_const(self, c):
        # r_constant, then r_const
        t = c[0]
        loc = self.tloc(t)
        k = t.type
        if k == "INT":
            v = A.ConstInt(t.value[0], t.value[1])
        elif k == "FLOAT":
            v = A.ConstFloat(t.value[0], t.value[1])
        elif k == "CHAR":
            v = A.ConstChar(t.value)
        else:
            v = A.ConstString(t.value[0], t.value[1])
        return N.Const(value=v, loc=loc)

    # -- callbacks table -----------------------------------------------------------
    def callbacks(self) -> dict:
        table = {}
        for name in dir(self):
            if name.startswith("r_"):
                table[name[2:]] = getattr(self, name)
        for name in UNSUPPORTED:
            table[name] = self._unsupported(name)
        return table

    def _unsupported(self, name: str):
        message = UNSUPPORTED[name]

        def cb(c: list):
            raise SyntaxError_(self.span(c[:1]), message)
        return cb

    # -- entry points ------------------------------------------------------------
    def r_implementation(self, c):
        return c[0]

    def r_interface(self, c):
        return c[0]

    def r_phrase_expr(self, c):
        return [c[0]]

    def r_phrase_items(self, c):
        return c[:-1]

    def r_phrase_directive(self, c):
        name = c[1]
        arg = c[2]
        return N.Directive(name, arg, loc=self.span(c))

    def r_phrase_empty(self, c):
        return []

    def r_directive_name(self, c):
        return c[0].parts[0] if isinstance(c[0], Name) else str(c[0])

    def r_directive_arg(self, c):
        x = c[0]
        if isinstance(x, Token):
            if x.type == "STRING":
                return x.value[0]
            if x.type == "INT":
                return int(x.value[0].replace("_", ""), 0)
            if x.type in ("TRUE", "FALSE"):
                return x.type == "TRUE"
        return x.parts

    # -- structures ------------------------------------------------------------
    def r_structure(self, c):
        items: list = []
        for x in c:
            if x is None:
                continue
            if isinstance(x, list):
                items.extend(x)
            else:
                items.append(x)
        return items

    def r_str_semisemi(self, c):
        return c[1:]    # the item or expression after ";;", if any

    def r_top_expr(self, c):
        e, attrs = c
        return N.SEval(expr=e, attrs=attrs, loc=e.loc if not attrs else self.span(c))

    def r_s_value(self, c):
        rec, bindings = c[0]
        return N.SValue(rec=rec, bindings=bindings, loc=self.span(bindings))

    def r_let_bindings(self, c):
        # LET attrs [REC] let_binding (AND attrs let_binding)*
        rec = c[2] is not None
        first = c[3]
        first.attrs = c[1] + first.attrs
        bindings = [first]
        i = 4
        while i < len(c):
            b = c[i + 2]
            b.attrs = c[i + 1] + b.attrs
            bindings.append(b)
            i += 3
        bindings[0].loc = self.span([c[0], bindings[0]])
        return rec, bindings

    def r_let_binding(self, c):
        b, attrs = c
        b.attrs = b.attrs + attrs
        if attrs:
            b.loc = self.span([b, attrs])
        return b

    def _funs(self, params: list, body: A.Expr) -> A.Expr:
        for p in reversed(params):
            body = N.Fun(param=p, body=body, loc=Location(self.file, p.loc.start, body.loc.end, p.loc.line, p.loc.col, body.loc.end_line))
        return body

    def r_lb_fun(self, c):
        # val_ident fun_param+ [COLON core_type] EQUAL seq_expr
        name = c[0]
        body = c[-1]
        ret = c[-3]
        params = c[1:-4]
        if ret is not None:
            body = N.Constraint(expr=body, type=ret, loc=self.span([ret, body]))
        expr = self._funs(params, body)
        return N.ValueBinding(N.PVar(name=name.parts[0], loc=name.loc), expr, loc=self.span(c))

    def r_lb_typed(self, c):
        name, _, ty, _, e = c
        pat = N.PConstraint(pat=N.PVar(name=name.parts[0], loc=name.loc), type=ty, loc=self.span([name, ty]))
        if not isinstance(ty, A.TPoly):
            e = N.Constraint(expr=e, type=ty, loc=e.loc)
        return N.ValueBinding(pat, e, loc=self.span(c))

    def r_lb_pattern(self, c):
        return N.ValueBinding(c[0], c[2], loc=self.span(c))

    def r_lb_pattern_typed(self, c):
        p, _, ty, _, e = c
        return N.ValueBinding(N.PConstraint(pat=p, type=ty, loc=self.span([p, ty])), e, loc=self.span(c))

    def r_s_external(self, c):
        # EXTERNAL attrs val_ident COLON core_type EQUAL STRING+ post_attrs
        name = c[2]
        prims = [t.value[0] for t in c[6:-1]]
        return N.SExternal(name=name.parts[0], type=c[4], prims=prims, attrs=c[1] + c[-1], loc=self.span(c))

    def _type_decls(self, c):
        # TYPE attrs [NONREC] type_decl (AND attrs type_decl)*
        nonrec = c[2] is not None
        decls = [c[3]]
        decls[0].attrs = c[1] + decls[0].attrs
        i = 4
        while i < len(c):
            d = c[i + 2]
            d.attrs = c[i + 1] + d.attrs
            decls.append(d)
            i += 3
        return nonrec, decls

    def r_s_type(self, c):
        nonrec, decls = self._type_decls(c)
        return N.SType(nonrec=nonrec, decls=decls, loc=self.span(c))

    def r_s_exception(self, c):
        return N.SException(ctor=c[2], attrs=c[1] + c[3], loc=self.span(c))

    def r_s_exception_rebind(self, c):
        ctor = N.ConstructorDecl(c[2].parts[-1], loc=c[2].loc)
        return N.SException(ctor=ctor, rebind=c[4].parts, attrs=c[1] + c[5], loc=self.span(c))

    def r_s_module(self, c):
        return N.SModule(name=c[2], module=c[3], attrs=c[1] + c[4], loc=self.span(c))

    def r_s_rec_module(self, c):
        bindings = []
        i = 2
        while i < len(c):
            bindings.append((c[i], c[i + 2], c[i + 4]))
            i += 6
        return N.SRecModule(bindings=bindings, loc=self.span(c))

    def r_module_name(self, c):
        return str(c[0])

    def r_s_module_type(self, c):
        return N.SModuleType(name=c[3].parts[0], type=c[5], attrs=c[2] + c[6], loc=self.span(c))

    def r_s_open(self, c):
        return N.SOpen(module=c[3], override=c[1] is not None, attrs=c[2] + c[4], loc=self.span(c))

    def r_s_include(self, c):
        return N.SInclude(module=c[2], attrs=c[1] + c[3], loc=self.span(c))

    def r_s_attribute(self, c):
        return N.SAttribute(attr=c[0], loc=c[0].loc)

    # -- expressions -------------------------------------------------------------
    def r_seq(self, c):
        a, _, b = c
        return N.Sequence(first=a, second=b, loc=self.span(c))

    def r_seq_trailing(self, c):
        return c[0]

    def r_opchain(self, c):
        return resolve(c, EXPR_OPERATORS, self._binary, self._tuple)

    def _binary(self, op: Token, a: A.Expr, b: A.Expr) -> A.Expr:
        loc = Location(self.file, a.loc.start, b.loc.end, a.loc.line, a.loc.col, b.loc.end_line)
        if op.type == "COLONCOLON":
            arg = N.Tuple(items=[a, b], loc=loc)
            return N.Construct(name=("::",), arg=arg, loc=loc)
        return N.Apply(fn=N.Ident(name=(op.value,), loc=self.tloc(op)), args=[a, b], loc=loc)

    def _tuple(self, items: list) -> A.Expr:
        a, b = items[0].loc, items[-1].loc
        return N.Tuple(items=items, loc=Location(self.file, a.start, b.end, a.line, a.col, b.end_line))

    def r_let_in(self, c):
        rec, bindings = c[0]
        return N.Let(rec=rec, bindings=bindings, body=c[2], loc=self.span([bindings, c[2]]))

    def r_let_module(self, c):
        return N.LetModule(name=c[3], module=c[4], body=c[6], attrs=c[2], loc=self.span(c))

    def r_let_open(self, c):
        return N.LetOpen(module=c[4], body=c[6], override=c[2] is not None, attrs=c[3], loc=self.span(c))

    def r_let_exception(self, c):
        return N.LetException(ctor=c[3], body=c[5], attrs=c[2], loc=self.span(c))

    def r_fun(self, c):
        # FUN attrs fun_param+ [COLON app_type] MINUSGREATER seq_expr
        body = c[-1]
        ret = c[-3]
        params = c[2:-4]
        if ret is not None:
            body = N.Constraint(expr=body, type=ret, loc=self.span([ret, body]))
        e = self._funs(params, body)
        e.loc = self.span(c)
        e.attrs = c[1]
        return e

    def r_fun_param(self, c):
        return c[0]

    def r_function(self, c):
        return N.Function(cases=c[2], attrs=c[1], loc=self.span(c))

    def r_match(self, c):
        return N.Match(scrutinee=c[2], cases=c[4], attrs=c[1], loc=self.span(c))

    def r_try(self, c):
        return N.Try(body=c[2], cases=c[4], attrs=c[1], loc=self.span(c))

    def r_if_then_else(self, c):
        return N.IfThenElse(cond=c[2], then=c[4], else_=c[6], attrs=c[1], loc=self.span(c))

    def r_if_then(self, c):
        return N.IfThenElse(cond=c[2], then=c[4], else_=None, attrs=c[1], loc=self.span(c))

    def r_set_field(self, c):
        return N.SetField(record=c[0], name=c[2].parts, value=c[4], loc=self.span(c))

    def _builtin(self, path: tuple[str, ...], args: list, c: list) -> A.Expr:
        loc = self.span(c)
        return N.Apply(fn=N.Ident(name=path, loc=loc), args=args, loc=loc)

    def r_array_set(self, c):
        return self._builtin(("Array", "set"), [c[0], c[3], c[6]], c)

    def r_string_set(self, c):
        return self._builtin(("String", "set"), [c[0], c[3], c[6]], c)

    def r_array_get(self, c):
        return self._builtin(("Array", "get"), [c[0], c[3]], c)

    def r_string_get(self, c):
        return self._builtin(("String", "get"), [c[0], c[3]], c)

    def r_match_cases(self, c):
        return [x for x in c if isinstance(x, A.Case)]

    def r_case(self, c):
        return A.Case(c[0], None, c[2])

    def r_case_guarded(self, c):
        return A.Case(c[0], c[2], c[4])

    def r_uminus(self, c):
        op, e = c
        loc = self.span(c)
        if isinstance(e, A.Const) and not e.attrs:
            v = e.value
            if isinstance(v, A.ConstInt) and op.type == "MINUS":
                return N.Const(value=A.ConstInt(_neg(v.text), v.suffix), loc=loc)
            if isinstance(v, A.ConstFloat):
                return N.Const(value=A.ConstFloat(_neg(v.text), v.suffix), loc=loc)
        name = "~-" if op.type == "MINUS" else "~-."
        return N.Apply(fn=N.Ident(name=(name,), loc=self.tloc(op)), args=[e], loc=loc)

    def r_uplus(self, c):
        op, e = c
        loc = self.span(c)
        if isinstance(e, A.Const) and isinstance(e.value, (A.ConstInt, A.ConstFloat)) and not e.attrs:
            return N.Const(value=e.value, loc=loc)
        name = "~+" if op.type == "PLUS" else "~+."
        return N.Apply(fn=N.Ident(name=(name,), loc=self.tloc(op)), args=[e], loc=loc)

    def r_expr_attribute(self, c):
        e, attr = c
        e.attrs = e.attrs + [attr]
        return e

    def r_apply(self, c):
        return N.Apply(fn=c[0], args=c[1:], loc=self.span(c))

    def r_construct_apply(self, c):
        name, arg = c
        return N.Construct(name=name.parts, arg=arg, loc=self.span(c))

    def r_assert(self, c):
        return N.Assert(expr=c[2], attrs=c[1], loc=self.span(c))

    def r_lazy(self, c):
        return N.Lazy(expr=c[2], attrs=c[1], loc=self.span(c))

    def r_while(self, c):
        return N.While(cond=c[2], body=c[4], attrs=c[1], loc=self.span(c))

    def r_for(self, c):
        # FOR attrs pattern EQUAL seq_expr direction seq_expr DO seq_expr DONE
        return N.For(var=c[2], start=c[4], stop=c[6], upward=c[5], body=c[8], attrs=c[1], loc=self.span(c))

    def r_direction(self, c):
        return c[0].type == "TO"

    def r_hashop(self, c):
        a, op, b = c
        return N.Apply(fn=N.Ident(name=(str(op),), loc=self.tloc(op)), args=[a, b], loc=self.span(c))

    def r_field(self, c):
        return N.Field(record=c[0], name=c[2].parts, loc=self.span(c))

    def r_prefix_op(self, c):
        op, e = c
        return N.Apply(fn=N.Ident(name=(str(op),), loc=self.tloc(op)), args=[e], loc=self.span(c))

    def r_e_ident(self, c):
        n = c[0]
        return N.Ident(name=n.parts, loc=n.loc)

    def r_const(self, c):
        v, loc = c[0]
        return N.Const(value=v, loc=loc)

    def r_construct(self, c):
        n = c[0]
        return N.Construct(name=n.parts, arg=None, loc=n.loc)

    def r_paren(self, c):
        e = c[1]
        # OCaml widens the location to include the parentheses
        e.loc = self.span(c)
        return e

    def r_constraint(self, c):
        return N.Constraint(expr=c[1], type=c[3], loc=self.span(c))

    def r_begin_end(self, c):
        e = c[2]
        e.attrs = e.attrs + c[1]
        e.loc = self.span(c)
        return e

    def r_begin_end_unit(self, c):
        return N.Construct(name=("()",), arg=None, attrs=c[1], loc=self.span(c))

    def _open(self, c, body: A.Expr) -> A.Expr:
        m = c[0]
        return N.LetOpen(module=N.MIdent(name=m.parts, loc=m.loc), body=body, loc=self.span(c))

    def r_local_open(self, c):
        return self._open(c, c[3])

    def r_local_open_list(self, c):
        return self._open(c, self._list(c[3] or [], self.span(c[2:])))

    def r_local_open_array(self, c):
        return self._open(c, N.Array(items=c[3] or [], loc=self.span(c[2:])))

    def r_local_open_record(self, c):
        return self._open(c, self._record(c[3], self.span(c[2:])))

    def _list(self, items: list, loc: Location) -> A.Expr:
        result: A.Expr = N.Construct(name=("[]",), arg=None, loc=Location(self.file, loc.end - 1, loc.end, loc.end_line, 0, loc.end_line))
        for e in reversed(items):
            l = Location(self.file, e.loc.start, loc.end, e.loc.line, e.loc.col, loc.end_line)
            result = N.Construct(name=("::",), arg=N.Tuple(items=[e, result], loc=l), loc=l)
        if items:
            result.loc = loc
        return result

    def r_list(self, c):
        return self._list(c[1], self.span(c))

    def r_array(self, c):
        return N.Array(items=c[1] or [], loc=self.span(c))

    def r_record(self, c):
        return self._record(c[1], self.span(c))

    def _record(self, r, loc: Location) -> A.Expr:
        base, fields = r
        return N.Record(fields=fields, base=base, loc=loc)

    def r_expr_semi_list(self, c):
        return [x for x in c if x is not None and not isinstance(x, Token)]

    def r_record_with(self, c):
        return c[0], c[2]

    def r_record_fields(self, c):
        return None, c[0]

    def r_field_exprs(self, c):
        return [x for x in c if isinstance(x, tuple)]

    def r_field_def(self, c):
        label, _, ty, _, e = c
        if ty is not None:
            e = N.Constraint(expr=e, type=ty, loc=self.span([ty, e]))
        return (label.parts, e)

    def r_field_pun(self, c):
        label, _, ty = c
        e: A.Expr = N.Ident(name=(label.parts[-1],), loc=label.loc)
        if ty is not None:
            e = N.Constraint(expr=e, type=ty, loc=self.span(c))
        return (label.parts, e)

    def r_constant(self, c):
        t = c[0]
        loc = self.tloc(t)
        k = t.type
        if k == "INT":
            return A.ConstInt(t.value[0], t.value[1]), loc
        if k == "FLOAT":
            return A.ConstFloat(t.value[0], t.value[1]), loc
        if k == "CHAR":
            return A.ConstChar(t.value), loc
        return A.ConstString(t.value[0], t.value[1]), loc

    # -- names -------------------------------------------------------------------
    def r_val_ident(self, c):
        if len(c) == 1:
            return Name((c[0].value,), self.tloc(c[0]))
        return Name((c[1],), self.span(c))

    def r_operator(self, c):
        if len(c) == 1:
            return str(c[0])
        return "".join(str(t) for t in c)

    def _path(self, c) -> Name:
        if len(c) == 1:
            x = c[0]
            if isinstance(x, Name):
                return x
            return Name((x.value,), self.tloc(x))
        head = c[0]
        last = c[-1]
        tail = last.parts if isinstance(last, Name) else (str(last),)
        return Name(head.parts + tail, self.span(c))

    r_val_longident = _path
    r_mod_longident = _path
    r_mod_ext_longident = _path
    r_label_longident = _path
    r_type_longident = _path
    r_mty_longident = _path

    def r_constr_longident(self, c):
        if len(c) == 1:
            t = c[0]
            if isinstance(t, Name):
                return t
            return Name(({"FALSE": "false", "TRUE": "true"}.get(t.type, str(t)),), self.tloc(t))
        if len(c) == 2:      # [] or ()
            return Name(("[]" if c[0].type == "LBRACKET" else "()",), self.span(c))
        if len(c) == 3:      # (::)
            return Name(("::",), self.span(c))
        return Name(c[0].parts + ("::",), self.span(c))   # M.(::)

    r_constr_ident = r_constr_longident

    def r_ident(self, c):
        return Name((str(c[0]),), self.tloc(c[0]))

    def r_keyword_ident(self, c):
        return str(c[0])

    # -- patterns ------------------------------------------------------------------
    def r_pattern(self, c):
        if len(c) == 1:
            return c[0]
        return self._resolve_pattern(c)

    def _resolve_pattern(self, c):
        # Shunting-yard with postfix `as` and attributes (yacc's resolution).
        operands = [c[0]]
        ops: list[Token] = []

        def reduce():
            op = ops.pop()
            right = operands.pop()
            left = operands.pop()
            if op.type == "COMMA":
                if isinstance(right, list):
                    right.insert(0, finish(left))
                    operands.append(right)
                else:
                    operands.append([finish(left), right])
                return
            a, b = finish(left), finish(right)
            loc = Location(self.file, a.loc.start, b.loc.end, a.loc.line, a.loc.col, b.loc.end_line)
            if op.type == "BAR":
                operands.append(N.POr(left=a, right=b, loc=loc))
            else:
                operands.append(N.PConstruct(name=("::",), arg=N.PTuple(items=[a, b], loc=loc), loc=loc))

        def finish(x):
            if isinstance(x, list):
                a, b = x[0].loc, x[-1].loc
                return N.PTuple(items=x, loc=Location(self.file, a.start, b.end, a.line, a.col, b.end_line))
            return x

        for tail in c[1:]:
            kind = tail[0]
            if kind == "op":
                op = tail[1]
                prec, assoc = PATTERN_OPERATORS[op.type]
                while ops:
                    tprec = PATTERN_OPERATORS[ops[-1].type][0]
                    if tprec > prec or (tprec == prec and assoc == 0):
                        reduce()
                    else:
                        break
                ops.append(op)
                operands.append(tail[2])
            else:
                level = PATTERN_AS if kind == "as" else PATTERN_ATTRIBUTE
                while ops and PATTERN_OPERATORS[ops[-1].type][0] > level:
                    reduce()
                p = finish(operands.pop())
                if kind == "as":
                    name = tail[1]
                    p = N.PAlias(pat=p, name=name.parts[0], loc=Location(self.file, p.loc.start, name.loc.end, p.loc.line, p.loc.col, name.loc.end_line))
                else:
                    p.attrs = p.attrs + [tail[1]]
                operands.append(p)
        while ops:
            reduce()
        return finish(operands[0])

    def r_pt_as(self, c):
        return ("as", c[1])

    def r_pt_op(self, c):
        return ("op", c[0], c[1])

    def r_pt_attribute(self, c):
        return ("attr", c[0])

    def r_p_construct_apply(self, c):
        name, arg = c
        return N.PConstruct(name=name.parts, arg=arg, loc=self.span(c))

    def r_p_exception(self, c):
        return N.PException(pat=c[2], attrs=c[1], loc=self.span(c))

    def r_p_lazy(self, c):
        return N.PLazy(pat=c[2], attrs=c[1], loc=self.span(c))

    def r_p_var(self, c):
        n = c[0]
        return N.PVar(name=n.parts[0], loc=n.loc)

    def r_p_any(self, c):
        return N.PAny(loc=self.tloc(c[0]))

    def r_p_const(self, c):
        v, loc = c[0]
        return N.PConst(value=v, loc=loc)

    def r_p_interval(self, c):
        (a, _), _, (b, _) = c
        return N.PInterval(low=a, high=b, loc=self.span([c[0][1], c[2][1]]))

    def r_signed_constant(self, c):
        if len(c) == 1:
            return c[0]
        sign, t = c
        (v, loc) = self.r_constant([t])
        loc = self.span(c)
        if sign.type == "MINUS":
            v = type(v)(_neg(v.text), v.suffix)
        return v, loc

    def r_p_construct(self, c):
        n = c[0]
        return N.PConstruct(name=n.parts, arg=None, loc=n.loc)

    def r_p_paren(self, c):
        p = c[1]
        p.loc = self.span(c)
        return p

    def r_p_constraint(self, c):
        return N.PConstraint(pat=c[1], type=c[3], loc=self.span(c))

    def _plist(self, items: list, loc: Location) -> A.Pattern:
        result: A.Pattern = N.PConstruct(name=("[]",), arg=None, loc=Location(self.file, loc.end - 1, loc.end, loc.end_line, 0, loc.end_line))
        for p in reversed(items):
            l = Location(self.file, p.loc.start, loc.end, p.loc.line, p.loc.col, loc.end_line)
            result = N.PConstruct(name=("::",), arg=N.PTuple(items=[p, result], loc=l), loc=l)
        if items:
            result.loc = loc
        return result

    def r_p_list(self, c):
        return self._plist(c[1], self.span(c))

    def r_p_array(self, c):
        return N.PArray(items=c[1] or [], loc=self.span(c))

    def r_p_record(self, c):
        fields, closed = c[1]
        return N.PRecord(fields=fields, closed=closed, loc=self.span(c))

    def r_p_open(self, c):
        m = c[0]
        return N.POpen(module=m.parts, pat=c[3], loc=self.span(c))

    def r_p_open_list(self, c):
        m = c[0]
        return N.POpen(module=m.parts, pat=self._plist(c[3] or [], self.span(c[2:])), loc=self.span(c))

    def r_pattern_semi_list(self, c):
        return [x for x in c if x is not None and not isinstance(x, Token)]

    def r_record_pattern(self, c):
        return [x for x in c if isinstance(x, tuple)], True

    def r_record_pattern_open(self, c):
        return [x for x in c if isinstance(x, tuple)], False

    def r_field_pattern(self, c):
        label, ty, p = c[0], c[2], c[4]
        if p is None:
            p = N.PVar(name=label.parts[-1], loc=label.loc)
        if ty is not None:
            p = N.PConstraint(pat=p, type=ty, loc=self.span(c))
        return (label.parts, p)

    # -- types -------------------------------------------------------------------
    def r_t_alias(self, c):
        return N.TAlias(type=c[0], name=c[3].parts[0], loc=self.span(c))

    def r_t_arrow(self, c):
        return N.TArrow(arg=c[0], result=c[2], loc=self.span(c))

    def r_t_tuple(self, c):
        return N.TTuple(items=[x for x in c if not isinstance(x, Token)], loc=self.span(c))

    def r_t_apply1(self, c):
        arg, name = c
        return N.TConstr(name=name.parts, args=[arg], loc=self.span(c))

    def r_t_applyn(self, c):
        name = c[-1]
        args = [x for x in c[1:-2] if not isinstance(x, Token)]
        return N.TConstr(name=name.parts, args=args, loc=self.span(c))

    def r_t_var(self, c):
        return N.TVar(name=c[1].parts[0], loc=self.span(c))

    def r_t_any(self, c):
        return N.TAny(loc=self.tloc(c[0]))

    def r_t_constr(self, c):
        n = c[0]
        return N.TConstr(name=n.parts, args=[], loc=n.loc)

    def r_t_paren(self, c):
        t = c[1]
        return t

    def r_poly_type(self, c):
        return c[0]

    def r_poly_type_vars(self, c):
        names = [x.parts[0] for x in c[:-2] if isinstance(x, Name)]
        return N.TPoly(vars=names, type=c[-1], loc=self.span(c))

    def r_type_decl(self, c):
        # [type_params] LIDENT [type_kind] type_constraint* post_attrs
        params = c[0] or []
        name = str(c[1])
        kind = c[2]
        attrs = c[-1]
        d = N.TypeDecl(name, params, attrs=attrs, loc=self.span(c))
        if kind is not None:
            tag, private, manifest, body = kind
            d.private = private
            d.manifest = manifest
            if tag == "variant":
                d.variants = body
            elif tag == "record":
                d.fields = body
        return d

    def r_type_params(self, c):
        return [x for x in c if not isinstance(x, Token)]

    def r_type_param(self, c):
        # the variance is accepted and dropped: robur infers nothing from it
        last = c[-1]
        if isinstance(last, Token):
            return "_"
        return last.parts[0]

    def r_kind_abbrev(self, c):
        return ("abbrev", c[1] is not None, c[2], None)

    def r_kind_variant(self, c):
        return ("variant", c[1] is not None, None, c[2])

    def r_kind_empty_variant(self, c):
        return ("variant", False, None, [])

    def r_kind_record(self, c):
        return ("record", c[1] is not None, None, c[3])

    def r_kind_variant_manifest(self, c):
        return ("variant", c[3] is not None, c[1], c[4])

    def r_kind_record_manifest(self, c):
        return ("record", c[3] is not None, c[1], c[5])

    def r_constructor_decls(self, c):
        return [x for x in c if isinstance(x, A.ConstructorDecl)]

    def r_constructor_decl(self, c):
        name = c[0]
        args = c[2]
        attrs = c[3:]
        d = N.ConstructorDecl(name.parts[-1], attrs=list(attrs), loc=self.span(c))
        if args is not None:
            kind, value = args
            if kind == "tuple":
                d.args = value
            else:
                d.record = value
        return d

    def r_ctor_args(self, c):
        return ("tuple", [x for x in c if not isinstance(x, Token)])

    def r_ctor_record(self, c):
        return ("record", c[1])

    def r_label_decls(self, c):
        return [x for x in c if isinstance(x, A.LabelDecl)]

    def r_label_decl(self, c):
        mutable = c[0] is not None
        return N.LabelDecl(str(c[1]), mutable, c[3], attrs=list(c[4:]), loc=self.span(c))

    # -- modules -------------------------------------------------------------------
    def r_mb_plain(self, c):
        return c[1]

    def r_mb_constrained(self, c):
        return N.MConstraint(module=c[3], type=c[1], loc=self.span(c[1:]))

    def r_mb_functor(self, c):
        (name, mty), body = c[0], c[1]
        return N.MFunctor(param=name, param_type=mty, body=body, loc=self.span(c))

    def r_functor_arg(self, c):
        return (c[1], c[3])

    def r_functor_arg_unit(self, c):
        return (None, None)

    def r_m_struct(self, c):
        return N.MStruct(items=c[2], attrs=c[1], loc=self.span(c))

    def r_m_functor(self, c):
        body = c[-1]
        for name, mty in reversed(c[2:-2]):
            body = N.MFunctor(param=name, param_type=mty, body=body, loc=self.span(c))
        body.attrs = c[1]
        return body

    def r_m_apply(self, c):
        return N.MApply(fn=c[0], arg=c[2], loc=self.span(c))

    def r_m_apply_unit(self, c):
        return N.MApply(fn=c[0], arg=None, loc=self.span(c))

    def r_m_ident(self, c):
        n = c[0]
        return N.MIdent(name=n.parts, loc=n.loc)

    def r_m_paren(self, c):
        return c[1]

    def r_m_constraint(self, c):
        return N.MConstraint(module=c[1], type=c[3], loc=self.span(c))

    def r_m_attribute(self, c):
        m, attr = c
        m.attrs = m.attrs + [attr]
        return m

    def r_mt_sig(self, c):
        return N.MTSig(items=c[2], attrs=c[1], loc=self.span(c))

    def r_mt_functor(self, c):
        body = c[-1]
        for name, mty in reversed(c[2:-2]):
            body = N.MTFunctor(param=name, param_type=mty, body=body, loc=self.span(c))
        body.attrs = c[1]
        return body

    def r_mt_arrow(self, c):
        return N.MTFunctor(param="_", param_type=c[0], body=c[2], loc=self.span(c))

    def r_mt_with(self, c):
        cons = [x for x in c[2:] if isinstance(x, A.WithConstraint)]
        return N.MTWith(type=c[0], constraints=cons, loc=self.span(c))

    def r_mt_typeof(self, c):
        return N.MTTypeOf(module=c[3], loc=self.span(c))

    def r_mt_paren(self, c):
        return c[1]

    def r_mt_ident(self, c):
        n = c[0]
        return N.MTIdent(name=n.parts, loc=n.loc)

    def r_mt_attribute(self, c):
        m, attr = c
        m.attrs = m.attrs + [attr]
        return m

    def r_with_type(self, c):
        # TYPE [type_params] label_longident EQUAL [PRIVATE] core_type
        return N.WithConstraint("type", c[2].parts, params=c[1] or [], type=c[5], loc=self.span(c))

    def r_with_type_subst(self, c):
        return N.WithConstraint("type:=", c[2].parts, params=c[1] or [], type=c[4], loc=self.span(c))

    def r_with_module(self, c):
        return N.WithConstraint("module", c[1].parts, module=c[3].parts, loc=self.span(c))

    def r_with_module_subst(self, c):
        return N.WithConstraint("module:=", c[1].parts, module=c[3].parts, loc=self.span(c))

    # -- signatures ------------------------------------------------------------------
    def r_signature(self, c):
        return [x for x in c if x is not None]

    def r_sig_semisemi(self, c):
        return None

    def r_sig_value(self, c):
        return N.SigValue(name=c[2].parts[0], type=c[4], attrs=c[1] + c[5], loc=self.span(c))

    def r_sig_external(self, c):
        prims = [t.value[0] for t in c[6:-1]]
        return N.SigValue(name=c[2].parts[0], type=c[4], prims=prims, attrs=c[1] + c[-1], loc=self.span(c))

    def r_sig_type(self, c):
        nonrec, decls = self._type_decls(c)
        return N.SigType(nonrec=nonrec, decls=decls, loc=self.span(c))

    def r_sig_exception(self, c):
        return N.SigException(ctor=c[2], attrs=c[1] + c[3], loc=self.span(c))

    def r_sig_module(self, c):
        return N.SigModule(name=c[2], type=c[3], attrs=c[1] + c[4], loc=self.span(c))

    def r_sig_module_alias(self, c):
        m = c[4]
        return N.SigModule(name=c[2], type=N.MTTypeOf(module=N.MIdent(name=m.parts, loc=m.loc), loc=m.loc),
                           attrs=c[1] + c[5], loc=self.span(c))

    def r_md_plain(self, c):
        return c[1]

    def r_md_functor(self, c):
        (name, mty), body = c
        return N.MTFunctor(param=name, param_type=mty, body=body, loc=self.span(c))

    def r_sig_module_type(self, c):
        return N.SigModuleType(name=c[3].parts[0], type=c[5], attrs=c[2] + c[6], loc=self.span(c))

    def r_sig_open(self, c):
        return N.SigOpen(module=c[3].parts, override=c[1] is not None, loc=self.span(c))

    def r_sig_include(self, c):
        return N.SigInclude(type=c[2], loc=self.span(c))

    def r_sig_attribute(self, c):
        return N.SigAttribute(attr=c[0], loc=c[0].loc)

    # -- attributes ------------------------------------------------------------------
    def r_attrs(self, c):
        return c

    r_post_attrs = r_attrs

    def _attribute(self, c):
        return N.Attribute(c[1], c[2], loc=self.span(c))

    r_attribute = _attribute
    r_post_attribute = _attribute
    r_floating_attribute = _attribute

    def r_attr_id(self, c):
        return ".".join(str(x) for x in c if not (isinstance(x, Token) and x.type == "DOT"))

    def r_payload(self, c):
        return c[0]
