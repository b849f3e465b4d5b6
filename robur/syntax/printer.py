"""AST back to OCaml source.

The output is fully parenthesised, so that it means exactly what the tree
means whatever the precedence of its parts: ``parse(print(ast)) == ast``
(locations aside) holds for every tree the parser builds.  The same property
makes it an oracle test for the parser: ocamlc must read the printed text as
the same parsetree as the original (tests/syntax/test_precedence.py).
"""
from __future__ import annotations

from . import ast as A
from .lexer import KEYWORDS

_OPERATOR_START = set("!$%&*+-./:<=>?@^|~#")


def ident(name: str) -> str:
    """A value name as it must be written: operators in parentheses."""
    if name and (name[0] in _OPERATOR_START or name in ("mod", "land", "lor", "lxor", "lsl", "lsr", "asr", "or")):
        return f"( {name} )"
    return name


def longident(parts: tuple[str, ...]) -> str:
    return ".".join(parts[:-1] + (ident(parts[-1]),)) if parts else ""


def _constr(parts: tuple[str, ...]) -> str:
    last = parts[-1]
    if last == "::":
        return ".".join(parts[:-1] + ("(::)",))
    return ".".join(parts)


def escape_string(s: str, keep_high: bool = False) -> str:
    """OCaml's escaping of string contents (one character per byte):
    quotes, backslashes and control characters escaped; bytes >= 128 as
    ``\\ddd`` unless ``keep_high`` (String.escaped keeps them as they are)."""
    out = []
    for c in s:
        o = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif c == "\b":
            out.append("\\b")
        elif 32 <= o < 127 or (keep_high and o >= 128):
            out.append(c)
        else:
            out.append(f"\\{o:03d}")
    return "".join(out)


def constant(c: A.Constant) -> str:
    if isinstance(c, A.ConstInt):
        text = c.text + (c.suffix or "")
        return f"({text})" if text.startswith("-") else text
    if isinstance(c, A.ConstFloat):
        text = c.text + (c.suffix or "")
        return f"({text})" if text.startswith("-") else text
    if isinstance(c, A.ConstChar):
        if c.value == "'":
            return "'\\''"
        return "'" + escape_string(c.value).replace('\\"', '"') + "'"
    if c.delim is not None:
        return "{" + c.delim + "|" + c.value + "|" + c.delim + "}"
    return '"' + escape_string(c.value) + '"'


def attribute(a: A.Attribute, marker: str) -> str:
    payload = " ".join(structure_item(i, first=(k == 0)) for k, i in enumerate(a.payload))
    return f"[{marker}{a.name}{(' ' + payload) if payload else ''}]"


def _with_attrs(text: str, attrs: list[A.Attribute]) -> str:
    if not attrs:
        return text
    return "(" + text + " " + " ".join(attribute(a, "@") for a in attrs) + ")"


# -- types ---------------------------------------------------------------------

def type_expr(t: A.TypeExpr) -> str:
    if isinstance(t, A.TVar):
        return "'" + t.name
    if isinstance(t, A.TAny):
        return "_"
    if isinstance(t, A.TArrow):
        return f"({type_expr(t.arg)} -> {type_expr(t.result)})"
    if isinstance(t, A.TTuple):
        return "(" + " * ".join(type_expr(x) for x in t.items) + ")"
    if isinstance(t, A.TConstr):
        name = ".".join(t.name)
        if not t.args:
            return name
        if len(t.args) == 1:
            return f"({type_expr(t.args[0])}) {name}"
        return "(" + ", ".join(type_expr(x) for x in t.args) + ") " + name
    if isinstance(t, A.TAlias):
        return f"({type_expr(t.type)} as '{t.name})"
    if isinstance(t, A.TPoly):
        return " ".join("'" + v for v in t.vars) + ". " + type_expr(t.type)
    raise TypeError(t)


# -- patterns ------------------------------------------------------------------

def pattern(p: A.Pattern, top: bool = False) -> str:
    return _with_attrs(_pattern(p, top), p.attrs)


def _pattern(p: A.Pattern, top: bool) -> str:
    if isinstance(p, A.PAny):
        return "_"
    if isinstance(p, A.PVar):
        return ident(p.name)
    if isinstance(p, A.PAlias):
        return f"({pattern(p.pat)} as {ident(p.name)})"
    if isinstance(p, A.PConst):
        return constant(p.value)
    if isinstance(p, A.PInterval):
        return f"({constant(p.low)}..{constant(p.high)})"
    if isinstance(p, A.PTuple):
        return "(" + ", ".join(pattern(x) for x in p.items) + ")"
    if isinstance(p, A.PConstruct):
        if p.name == ("::",) and isinstance(p.arg, A.PTuple) and len(p.arg.items) == 2 and not p.arg.attrs:
            return f"({pattern(p.arg.items[0])} :: {pattern(p.arg.items[1])})"
        if p.arg is None:
            return _constr(p.name)
        return f"({_constr(p.name)} {pattern(p.arg)})"
    if isinstance(p, A.PRecord):
        fields = "; ".join(f"{'.'.join(k)} = {pattern(v)}" for k, v in p.fields)
        return "{ " + fields + ("" if p.closed else "; _") + " }"
    if isinstance(p, A.PArray):
        return "[| " + "; ".join(pattern(x) for x in p.items) + " |]"
    if isinstance(p, A.POr):
        return f"({pattern(p.left)} | {pattern(p.right)})"
    if isinstance(p, A.PConstraint):
        return f"({pattern(p.pat)} : {type_expr(p.type)})"
    if isinstance(p, A.PException):
        text = f"exception {pattern(p.pat)}"
        return text if top else f"({text})"
    if isinstance(p, A.PLazy):
        return f"(lazy {pattern(p.pat)})"
    if isinstance(p, A.POpen):
        return f"{'.'.join(p.module)}.({pattern(p.pat)})"
    raise TypeError(p)


# -- expressions ---------------------------------------------------------------

def _attr_prefix(attrs: list[A.Attribute]) -> str:
    return "".join(attribute(a, "@") for a in attrs)


def expr(e: A.Expr) -> str:
    return _with_attrs(_expr(e), e.attrs)


def _cases(cases: list[A.Case]) -> str:
    out = []
    for c in cases:
        guard = f" when {expr(c.guard)}" if c.guard is not None else ""
        out.append(f"| {pattern(c.pat, top=True)}{guard} -> {expr(c.body)}")
    return " ".join(out)


def _binding(b: A.ValueBinding) -> str:
    attrs = "".join(" " + attribute(a, "@@") for a in b.attrs)
    return f"{pattern(b.pat)} = {expr(b.expr)}{attrs}"


def _bindings(rec: bool, bindings: list[A.ValueBinding]) -> str:
    return ("let rec " if rec else "let ") + " and ".join(_binding(b) for b in bindings)


def _expr(e: A.Expr) -> str:
    if isinstance(e, A.Ident):
        return longident(e.name)
    if isinstance(e, A.Const):
        return constant(e.value)
    if isinstance(e, A.Let):
        return f"({_bindings(e.rec, e.bindings)} in {expr(e.body)})"
    if isinstance(e, A.Fun):
        return f"(fun {pattern(e.param)} -> {expr(e.body)})"
    if isinstance(e, A.Function):
        return f"(function {_cases(e.cases)})"
    if isinstance(e, A.Apply):
        return "(" + " ".join([expr(e.fn)] + [expr(a) for a in e.args]) + ")"
    if isinstance(e, A.Match):
        return f"(match {expr(e.scrutinee)} with {_cases(e.cases)})"
    if isinstance(e, A.Try):
        return f"(try {expr(e.body)} with {_cases(e.cases)})"
    if isinstance(e, A.Tuple):
        return "(" + ", ".join(expr(x) for x in e.items) + ")"
    if isinstance(e, A.Construct):
        if e.name == ("::",) and isinstance(e.arg, A.Tuple) and len(e.arg.items) == 2 and not e.arg.attrs:
            return f"({expr(e.arg.items[0])} :: {expr(e.arg.items[1])})"
        if e.arg is None:
            return _constr(e.name)
        return f"({_constr(e.name)} {expr(e.arg)})"
    if isinstance(e, A.Record):
        fields = "; ".join(f"{'.'.join(k)} = {expr(v)}" for k, v in e.fields)
        base = f"{expr(e.base)} with " if e.base is not None else ""
        return "{ " + base + fields + " }"
    if isinstance(e, A.Field):
        return f"{expr(e.record)}.{'.'.join(e.name)}"
    if isinstance(e, A.SetField):
        return f"({expr(e.record)}.{'.'.join(e.name)} <- {expr(e.value)})"
    if isinstance(e, A.Array):
        return "[| " + "; ".join(expr(x) for x in e.items) + " |]"
    if isinstance(e, A.IfThenElse):
        if e.else_ is None:
            return f"(if {expr(e.cond)} then {expr(e.then)})"
        return f"(if {expr(e.cond)} then {expr(e.then)} else {expr(e.else_)})"
    if isinstance(e, A.Sequence):
        return f"({expr(e.first)}; {expr(e.second)})"
    if isinstance(e, A.While):
        return f"(while {expr(e.cond)} do {expr(e.body)} done)"
    if isinstance(e, A.For):
        direction = "to" if e.upward else "downto"
        return f"(for {pattern(e.var)} = {expr(e.start)} {direction} {expr(e.stop)} do {expr(e.body)} done)"
    if isinstance(e, A.Constraint):
        return f"({expr(e.expr)} : {type_expr(e.type)})"
    if isinstance(e, A.Assert):
        return f"(assert {expr(e.expr)})"
    if isinstance(e, A.Lazy):
        return f"(lazy {expr(e.expr)})"
    if isinstance(e, A.LetOpen):
        bang = "!" if e.override else ""
        return f"(let open{bang} {module_expr(e.module)} in {expr(e.body)})"
    if isinstance(e, A.LetModule):
        return f"(let module {e.name} = {module_expr(e.module)} in {expr(e.body)})"
    if isinstance(e, A.LetException):
        return f"(let exception {constructor_decl(e.ctor)} in {expr(e.body)})"
    raise TypeError(e)


# -- declarations --------------------------------------------------------------

def constructor_decl(c: A.ConstructorDecl) -> str:
    name = {"::": "(::)"}.get(c.name, c.name)
    text = name
    if c.record is not None:
        text += " of { " + "; ".join(label_decl(l) for l in c.record) + " }"
    elif c.args:
        text += " of " + " * ".join(type_expr(t) for t in c.args)
    return text + "".join(" " + attribute(a, "@") for a in c.attrs)


def label_decl(l: A.LabelDecl) -> str:
    mut = "mutable " if l.mutable else ""
    return f"{mut}{l.name} : {type_expr(l.type)}" + "".join(" " + attribute(a, "@") for a in l.attrs)


def type_decl(d: A.TypeDecl) -> str:
    params = ""
    if len(d.params) == 1:
        params = _param(d.params[0]) + " "
    elif d.params:
        params = "(" + ", ".join(_param(p) for p in d.params) + ") "
    text = params + d.name
    private = "private " if d.private else ""
    if d.manifest is not None:
        text += " = " + (private if d.variants is None and d.fields is None else "") + type_expr(d.manifest)
    if d.variants is not None:
        text += " = " + private + (" | ".join(constructor_decl(c) for c in d.variants) if d.variants else "|")
    elif d.fields is not None:
        text += " = " + private + "{ " + "; ".join(label_decl(l) for l in d.fields) + " }"
    return text + "".join(" " + attribute(a, "@@") for a in d.attrs)


def _param(p: str) -> str:
    return "_" if p == "_" else "'" + p


def _type_decls(nonrec: bool, decls: list[A.TypeDecl]) -> str:
    return ("type nonrec " if nonrec else "type ") + " and ".join(type_decl(d) for d in decls)


# -- modules -------------------------------------------------------------------

def module_expr(m: A.ModuleExpr) -> str:
    return _with_attrs(_module_expr(m), m.attrs)


def _module_expr(m: A.ModuleExpr) -> str:
    if isinstance(m, A.MIdent):
        return ".".join(m.name)
    if isinstance(m, A.MStruct):
        return "struct " + structure(m.items) + " end"
    if isinstance(m, A.MFunctor):
        return f"(functor {_functor_param(m.param, m.param_type)} -> {module_expr(m.body)})"
    if isinstance(m, A.MApply):
        arg = "()" if m.arg is None else f"({module_expr(m.arg)})"
        return f"{module_expr(m.fn)} {arg}"
    if isinstance(m, A.MConstraint):
        return f"({module_expr(m.module)} : {module_type(m.type)})"
    raise TypeError(m)


def _functor_param(name: str | None, mty: A.ModuleType | None) -> str:
    if name is None:
        return "()"
    return f"({name} : {module_type(mty)})"  # type: ignore[arg-type]


def module_type(t: A.ModuleType) -> str:
    return _with_attrs(_module_type(t), t.attrs)


def _module_type(t: A.ModuleType) -> str:
    if isinstance(t, A.MTIdent):
        return ".".join(t.name)
    if isinstance(t, A.MTSig):
        return "sig " + signature(t.items) + " end"
    if isinstance(t, A.MTFunctor):
        return f"(functor {_functor_param(t.param, t.param_type)} -> {module_type(t.body)})"
    if isinstance(t, A.MTWith):
        return f"({module_type(t.type)} with " + " and ".join(_with(c) for c in t.constraints) + ")"
    if isinstance(t, A.MTTypeOf):
        return f"(module type of {module_expr(t.module)})"
    raise TypeError(t)


def _with(c: A.WithConstraint) -> str:
    name = ".".join(c.name)
    if c.kind.startswith("type"):
        params = ""
        if len(c.params) == 1:
            params = _param(c.params[0]) + " "
        elif c.params:
            params = "(" + ", ".join(_param(p) for p in c.params) + ") "
        op = ":=" if c.kind == "type:=" else "="
        return f"type {params}{name} {op} {type_expr(c.type)}"  # type: ignore[arg-type]
    op = ":=" if c.kind == "module:=" else "="
    return f"module {name} {op} {'.'.join(c.module or ())}"


# -- items ---------------------------------------------------------------------

def _post(attrs: list[A.Attribute]) -> str:
    return "".join(" " + attribute(a, "@@") for a in attrs)


def _external(name: str, t: A.TypeExpr, prims: list[str], attrs: list[A.Attribute]) -> str:
    text = " ".join('"' + escape_string(p) + '"' for p in prims)
    return f"external {ident(name)} : {type_expr(t)} = {text}" + _post(attrs)


def _module_type_decl(name: str, t: A.ModuleType | None, attrs: list[A.Attribute]) -> str:
    body = f" = {module_type(t)}" if t is not None else ""
    return f"module type {name}{body}" + _post(attrs)


def structure_item(i: A.StructureItem, first: bool = False) -> str:
    if isinstance(i, A.SEval):
        return ("" if first else ";; ") + expr(i.expr) + _post(i.attrs)
    if isinstance(i, A.SValue):
        return _bindings(i.rec, i.bindings)
    if isinstance(i, A.SType):
        return _type_decls(i.nonrec, i.decls)
    if isinstance(i, A.SException):
        if i.rebind is not None:
            return f"exception {i.ctor.name} = {'.'.join(i.rebind)}" + _post(i.attrs)
        return "exception " + constructor_decl(i.ctor) + _post(i.attrs)
    if isinstance(i, A.SExternal):
        return _external(i.name, i.type, i.prims, i.attrs)
    if isinstance(i, A.SModule):
        return f"module {i.name} = {module_expr(i.module)}" + _post(i.attrs)
    if isinstance(i, A.SRecModule):
        return "module rec " + " and ".join(f"{n} : {module_type(t)} = {module_expr(m)}" for n, t, m in i.bindings)
    if isinstance(i, A.SModuleType):
        return _module_type_decl(i.name, i.type, i.attrs)
    if isinstance(i, A.SOpen):
        return ("open! " if i.override else "open ") + module_expr(i.module) + _post(i.attrs)
    if isinstance(i, A.SInclude):
        return "include " + module_expr(i.module) + _post(i.attrs)
    if isinstance(i, A.SAttribute):
        return attribute(i.attr, "@@@")
    raise TypeError(i)


def structure(items: list[A.StructureItem]) -> str:
    return "\n".join(structure_item(it, first=(k == 0)) for k, it in enumerate(items))


def signature_item(i: A.SignatureItem) -> str:
    if isinstance(i, A.SigValue):
        if i.prims:
            return _external(i.name, i.type, i.prims, i.attrs)
        return f"val {ident(i.name)} : {type_expr(i.type)}" + _post(i.attrs)
    if isinstance(i, A.SigType):
        return _type_decls(i.nonrec, i.decls)
    if isinstance(i, A.SigException):
        return "exception " + constructor_decl(i.ctor) + _post(i.attrs)
    if isinstance(i, A.SigModule):
        return f"module {i.name} : {module_type(i.type)}" + _post(i.attrs)
    if isinstance(i, A.SigModuleType):
        return _module_type_decl(i.name, i.type, i.attrs)
    if isinstance(i, A.SigOpen):
        return ("open! " if i.override else "open ") + ".".join(i.module)
    if isinstance(i, A.SigInclude):
        return "include " + module_type(i.type)
    if isinstance(i, A.SigAttribute):
        return attribute(i.attr, "@@@")
    raise TypeError(i)


def signature(items: list[A.SignatureItem]) -> str:
    return "\n".join(signature_item(i) for i in items)
