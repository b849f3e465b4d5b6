"""The parser: lexer.py's tokens through Lark's LALR(1) tables, building the
AST with build.py's callbacks as it goes.

Lark analyses the grammar and builds the LALR(1) tables; robur drives them
with its own loop (``_drive``), which runs precompiled actions without the
per-step overhead of Lark's generic driver.  The tables are cached on disk,
keyed by a hash of the grammar text, the Lark version and the Python version,
so that starting ``robur`` does not recompute them; an unreadable cache is
rebuilt, never fatal.

Syntax errors are reported as OCaml does: at the first token that cannot
continue the program, with ``Syntax error: ')' expected`` and a note at the
opening delimiter when a bracket is left open.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import itertools
import os
import pickle
import sys
import tempfile
import threading
from pathlib import Path
from typing import Iterator

import lark
from lark import Lark
from lark.lexer import Lexer as _LarkLexer
from lark.parse_tree_builder import ChildFilterLALR, ChildFilterLALR_NoPlaceholders, ParseTreeBuilder
from lark.parsers.lalr_analysis import Shift

from . import ast as A
from .build import Builder
from .lexer import Lexer, Token
from .location import Diagnostic, Location, Note, SyntaxError_

GRAMMAR_PATH = Path(__file__).with_name("grammar.lark")
START_RULES = ["implementation", "interface", "phrase"]


class _TokenStream(_LarkLexer):
    """Lark's lexer slot: our tokens are produced beforehand by lexer.py and
    handed over as the "text" of the parse."""

    def __init__(self, lexer_conf) -> None:  # noqa: D401 - Lark's interface
        pass

    def lex(self, lexer_state, parser_state) -> Iterator[Token]:
        return lexer_state.text


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "robur"


class _PassThrough(dict):
    """A pass-through reduction (`?rule: x`) to ``name``, in the pickled
    tables (a dict, as it always was: in memory, a _Unary replaces it)."""
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class _Unary(dict):
    """In memory (see _tables), every reduction of one symbol: a
    _PassThrough (``rule`` None) or one with a callback (``rule``, its index).
    As a dict, it memoises the chain of such reductions that starts here,
    which depends on the state below alone (they all reduce over it): state
    below -> (top state after the chain, the index of the callback that
    runs the chain's callbacks, the action after it: see _unary_chain)."""
    __slots__ = ("name", "rule")

    def __init__(self, name: str, rule: int | None) -> None:
        super().__init__()
        self.name = name
        self.rule = rule


class _Reduce(dict):
    """In memory (see _tables), a reduction of zero or two symbols or more:
    ``spec`` is its ``(size, nonterminal, rule_index)``.  As a dict, it
    memoises what follows it, which depends on the state it reduces over
    alone (its cell fixes the lookahead): that state -> (the state after
    the goto and the one-symbol reductions that follow, their callback's
    index, the action there: see _after_reduce)."""
    __slots__ = ("spec",)

    def __init__(self, spec: tuple[int, str, int]) -> None:
        super().__init__()
        self.spec = spec


def _unary_entries(actions: list[dict]) -> None:
    """Turn the reductions and the _PassThroughs of ``actions`` into _Unary
    entries (one symbol) and _Reduce entries (the others), in place."""
    for row in actions:
        for tok, e in row.items():
            if e.__class__ is _PassThrough:
                row[tok] = _Unary(e.name, None)
            elif e.__class__ is tuple:
                row[tok] = _Unary(e[1], e[2]) if e[0] == 1 else _Reduce(e)


class _Tables:
    """The grammar's rules and its LALR tables in a compact form: for each
    state, token type -> ``next_state`` (an int) for a shift or a goto,
    ``(size, nonterminal, rule_index)`` for a reduction, or a _PassThrough
    (as pickled: in memory, reductions are _Unary or _Reduce entries)."""

    def __init__(self, rules: list, actions: list[dict], start_states: dict, end_states: dict):
        self.rules = rules
        self.actions = actions
        self.start_states = start_states
        self.end_states = end_states

    @classmethod
    def from_lark(cls, lk: Lark) -> "_Tables":
        table = lk.parser.parser.parser.parse_table
        index = {id(r): i for i, r in enumerate(lk.rules)}
        by_value = {r: i for i, r in enumerate(lk.rules)}
        actions: list[dict] = [dict() for _ in range(max(table.states) + 1)]
        # Lark's names are str subclasses with a slow __eq__: use plain str.
        for state, row in table.states.items():
            out = actions[state]
            for tok, (act, arg) in row.items():
                if act is Shift:
                    out[str(tok)] = arg
                elif _passes_through(arg):
                    out[str(tok)] = _PassThrough(str(arg.origin.name))
                else:
                    i = index.get(id(arg), by_value.get(arg))
                    out[str(tok)] = (len(arg.expansion), str(arg.origin.name), i)
        return cls(list(lk.rules), actions, dict(table.start_states), dict(table.end_states))


def _passes_through(rule) -> bool:
    """A `?rule: x` reduction returns its only child unchanged: the driver
    skips the callback for it (most of the precedence levels)."""
    return (rule.options.expand1 and len(rule.expansion) == 1 and rule.alias is None
            and not (not rule.expansion[0].is_term and rule.expansion[0].name.startswith("_")))


_TABLES_FORMAT = "3"    # of the pickled _Tables: change it with _Tables' layout


def _load_tables() -> _Tables:
    """The grammar's rules and LALR tables, from the cache when possible."""
    grammar = GRAMMAR_PATH.read_text()
    key = hashlib.sha256((_TABLES_FORMAT + grammar + lark.__version__ + sys.version).encode()).hexdigest()[:20]
    path = _cache_dir() / f"grammar-{key}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass   # missing or unreadable: rebuild below
    lk = Lark(grammar, parser="lalr", lexer=_TokenStream, start=START_RULES,
              maybe_placeholders=True, keep_all_tokens=True)
    parser = _Tables.from_lark(lk)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(parser, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass   # a read-only home is fine: we just recompute next time
    return parser


_TABLES: _Tables | None = None


def _tables() -> _Tables:
    global _TABLES
    if _TABLES is None:
        tables = _load_tables()
        _unary_entries(tables.actions)
        # chains of two callbacks or more (see _chain_index), each run as
        # one callback: chain -> its index in a parse's callbacks list
        # (after the rules'), and the chains by that index less the rules'
        tables.chains = {}
        tables.chain_rules = []
        _TABLES = tables
    return _TABLES


class _Parsers:
    """Tree-building callbacks, reused across parses: building them costs
    several milliseconds, so each parse borrows a set from a pool and points
    its Builder at the file being parsed (locations carry the file).  A pool
    rather than one set, so that a parse started while another runs (another
    thread, a nested parse) never shares a Builder."""

    def __init__(self) -> None:
        self._free: list[tuple[list, Builder]] = []

    def borrow(self, file: str) -> tuple[list, Builder]:
        try:
            entry = self._free.pop()
        except IndexError:
            tables = _tables()
            builder = Builder(file)
            # Lark's wrappers give each callback its children in the rule's
            # shape (`?rule` inlining, `[x]` placeholders, `_rule` splicing).
            ptb = ParseTreeBuilder(tables.rules, lark.Tree, propagate_positions=False,
                                   ambiguous=False, maybe_placeholders=True)
            by_rule = ptb.create_callback(_CallbackTable(builder.callbacks()))
            spliced = _spliced_as_lists(tables.rules, by_rule)
            callbacks = [_specialize(by_rule[r], spliced, spliced and str(r.origin.name).startswith("_"))
                         for r in tables.rules]
            entry = (_Callbacks(builder, callbacks), builder)
        entry[1].file = file
        return entry

    def give_back(self, entry: tuple[list, Builder]) -> None:
        if len(self._free) < 4:
            self._free.append(entry)


class _Callbacks(list):
    """A parse's callbacks by rule index, then by chain index (see
    _chain_index): the chains' are added as the driver meets them."""

    def __init__(self, builder: Builder, callbacks: list) -> None:
        super().__init__(callbacks)
        self.builder = builder


def _tree_builder(f) -> bool:
    """Whether ``f`` is Lark's default callback: a Tree for a rule that has
    no tree-building callback."""
    return isinstance(f, functools.partial) and f.func is lark.Tree and not f.keywords


def _node_builder(callback):
    if isinstance(callback, (ChildFilterLALR_NoPlaceholders, ChildFilterLALR)):
        return callback.node_builder
    return callback


def _spliced_as_lists(rules: list, by_rule: dict) -> bool:
    """Whether every ``_rule`` (spliced into its parent by the child
    filters) builds a plain Tree: then it can build the bare list of its
    children instead, which the parent splices the same way."""
    return all(_tree_builder(_node_builder(by_rule[r])) for r in rules
               if str(r.origin.name).startswith("_"))


def _same(c):
    return c


def _specialize(callback, spliced: bool = False, bare: bool = False):
    """Lark's child filters (splicing ``_rule`` children, adding ``None``
    for absent ``[x]``) interpret their plan at every reduction; compile the
    plan into a function instead.  The result is the list Lark's filter
    builds, first spliced list reused as it does (left-recursive lists grow
    in place).  With ``spliced``, a ``_rule``'s value is the list of its
    children itself rather than a Tree holding it; ``bare``: this rule is
    one of those (its callback is a plain Tree, see _spliced_as_lists)."""
    splice = "" if spliced else ".children"
    if isinstance(callback, ChildFilterLALR_NoPlaceholders):
        plan = [(i, expand, 0) for i, expand in callback.to_include]
        trailing = 0
    elif isinstance(callback, ChildFilterLALR):
        plan = list(callback.to_include)
        trailing = callback.append_none
    else:
        return _same if bare else callback
    lines = ["def filtered(c):"]
    started = False
    for i, expand, nones in plan:
        if nones:
            lines.append(f"    r {'+' if started else ''}= [None] * {nones}")
            started = True
        if expand:
            lines.append(f"    r {'+' if started else ''}= c[{i}]{splice}")
        else:
            lines.append(f"    r.append(c[{i}])" if started else f"    r = [c[{i}]]")
        started = True
    if trailing:
        lines.append(f"    r {'+' if started else ''}= [None] * {trailing}")
        started = True
    if not started:
        lines.append("    r = []")
    lines.append("    return r" if bare else "    return build(r)")
    scope = {"build": callback.node_builder}
    exec("\n".join(lines), scope)
    return scope["filtered"]


class _CallbackTable:
    def __init__(self, table: dict) -> None:
        self.__dict__.update(table)

    def __getattr__(self, name: str):
        raise AttributeError(f"no tree-building callback for grammar rule {name!r}")


_PARSERS = _Parsers()

_OPENERS = {"LPAREN": ("(", ")"), "LBRACKET": ("[", "]"), "LBRACKETBAR": ("[|", "|]"),
            "LBRACE": ("{", "}"), "BEGIN": ("begin", "end"), "STRUCT": ("struct", "end"),
            "SIG": ("sig", "end"), "LBRACKETAT": ("[@", "]"), "LBRACKETATAT": ("[@@", "]"),
            "LBRACKETATATAT": ("[@@@", "]")}
_CLOSERS = {")": "RPAREN", "]": "RBRACKET", "|]": "BARRBRACKET", "}": "RBRACE", "end": "END"}


def _eof_token(text: str, start: int, line: int, bol: int) -> Token:
    n = len(text)
    # the lexer's position at the end: line and column of the end of text
    nl = text.count("\n", start, n)
    if nl:
        line += nl
        bol = text.rindex("\n", start, n) + 1
    return Token("$END", "", n, line, n - bol, line, n)


def _unclosed(tokens: list[Token], upto: int) -> Token | None:
    """The innermost delimiter still open before token index ``upto``."""
    stack: list[Token] = []
    for t in tokens[:upto]:
        k = t.type
        if k in _OPENERS:
            stack.append(t)
        elif k in ("RPAREN", "RBRACKET", "BARRBRACKET", "RBRACE", "END"):
            # pop to the matching opener, if any
            for i in range(len(stack) - 1, -1, -1):
                if _CLOSERS.get(_OPENERS[stack[i].type][1]) == k:
                    del stack[i:]
                    break
    return stack[-1] if stack else None


# Tokens that only ever start a feature robur leaves out of its subset.
_UNSUPPORTED_TOKENS = {
    "CLASS": "classes", "OBJECT": "objects", "NEW": "objects", "METHOD": "objects",
    "INHERIT": "objects", "INITIALIZER": "objects", "VIRTUAL": "objects",
    "LBRACELESS": "objects", "COLONGREATER": "coercions (e :> t)",
    "BACKQUOTE": "polymorphic variants", "LBRACKETLESS": "polymorphic variants",
    "LBRACKETGREATER": "polymorphic variants", "LETOP": "binding operators (let*, and+)",
    "ANDOP": "binding operators (let*, and+)", "LBRACKETPERCENT": "extension nodes",
    "LBRACKETPERCENTPERCENT": "extension nodes", "TILDE": "labeled arguments",
    "QUESTION": "optional arguments",
}
_AFTER_LPAREN = {"MODULE": "first-class modules", "VAL": "first-class modules",
                 "TYPE": "locally abstract types (type a)"}


def _first_unsupported(tokens: list[Token]) -> tuple[int, str] | None:
    """The first token that starts a feature outside robur's subset of OCaml
    (objects, labels, polymorphic variants, GADTs, ...), and its name."""
    in_type_decl = False
    prev = None
    for i, t in enumerate(tokens):
        k = t.type
        if k not in _WATCHED:
            prev = t
            continue
        feature = _UNSUPPORTED_TOKENS.get(k)
        if feature is not None:
            return i, feature
        if prev is not None:
            if prev.type == "LPAREN" and k in _AFTER_LPAREN:
                return i - 1, _AFTER_LPAREN[k]
            if k == "PERCENT" and prev.end_pos == t.start_pos and prev.type in _KEYWORD_TYPES:
                return i, "extension nodes"
            if k == "COLON" and prev.type == "UIDENT" and in_type_decl:
                return i - 1, "GADT constructor declarations"
        if k == "TYPE" or k == "EXCEPTION":
            in_type_decl = True
        elif k in _ITEM_STARTS:
            in_type_decl = False
        prev = t
    return None


_KEYWORD_TYPES = {"LET", "MATCH", "FUN", "FUNCTION", "TRY", "IF", "WHILE", "FOR", "BEGIN",
                  "MODULE", "TYPE", "EXCEPTION", "EXTERNAL", "OPEN", "INCLUDE", "ASSERT",
                  "LAZY", "STRUCT", "SIG", "VAL", "AND", "IN"}
_ITEM_STARTS = {"LET", "MODULE", "OPEN", "INCLUDE", "EXTERNAL", "VAL", "SEMISEMI", "END",
                "STRUCT", "SIG"}
# the token types _first_unsupported looks at (other tokens are only a `prev`)
_WATCHED = (set(_UNSUPPORTED_TOKENS) | set(_AFTER_LPAREN) | _ITEM_STARTS
            | {"PERCENT", "COLON", "TYPE", "EXCEPTION"})


class _Unexpected(Exception):
    def __init__(self, token: Token, expected: set[str]):
        self.token = token
        self.expected = expected


def _unary_chain(actions: list[dict], under: int, entry: _Unary, ttype: str,
                 end_states: set[int]) -> tuple[int, int, object]:
    """The top state after the chain of one-symbol reductions that starts
    with ``entry`` over state ``under``, before lookahead ``ttype``, the
    index of the callback to run on the way (see _chain_index: -1 when the
    chain is of pass-throughs alone), and the action after the chain.  The
    chain stops at an end state, which the driver checks."""
    rules = []
    while True:
        if entry.rule is not None:
            rules.append(entry.rule)
        top = actions[under][entry.name]
        if top in end_states:
            break
        entry = actions[top].get(ttype)
        if entry.__class__ is not _Unary:
            break
    return top, _chain_index(_tables(), tuple(rules)), actions[top].get(ttype)


def _after_reduce(actions: list[dict], under: int, name: str, ttype: str,
                  end_states: set[int]) -> tuple[int, int, object]:
    """What follows a reduction to ``name`` over state ``under`` before
    lookahead ``ttype``: the goto, then the chain of one-symbol reductions
    that may start there (it reduces over ``under`` too): as _unary_chain,
    the top state, the chain's callback index (-1: none) and the next
    action."""
    top = actions[under][name]
    entry = actions[top].get(ttype)
    if entry.__class__ is _Unary and top not in end_states:
        return _unary_chain(actions, under, entry, ttype, end_states)
    return top, -1, entry


_CHAINS_LOCK = threading.Lock()


def _chain_index(tables: _Tables, rules: tuple[int, ...]) -> int:
    """The index in a callbacks list of the callback running ``rules``'
    callbacks in turn: the rule's own for one rule, -1 for none."""
    if not rules:
        return -1
    if len(rules) == 1:
        return rules[0]
    with _CHAINS_LOCK:
        i = tables.chains.get(rules)
        if i is None:
            i = tables.chains[rules] = len(tables.rules) + len(tables.chain_rules)
            tables.chain_rules.append(rules)
    return i


def _chain_callback(callbacks: list, index: int):
    """The callback of chain ``index``, added (with the chains before it) to
    ``callbacks``, whose first entries are the rules' callbacks."""
    tables = _tables()
    nrules = len(tables.rules)
    with _CHAINS_LOCK:
        while len(callbacks) <= index:
            callbacks.append(_compose(callbacks, tables.chain_rules[len(callbacks) - nrules]))
    return callbacks[index]


def _compose(callbacks: list, rules: tuple[int, ...]):
    """One callback for the callbacks of ``rules`` run in turn, each on a
    one-element list of the previous one's result.  Builder methods that
    return that element are skipped, ``_rule`` lists (``_same``) are built
    inline, and a run of Builder methods that build.FUSED names is replaced
    by the method that does the same in one call."""
    from .build import FUSED, UNARY_IDENTITY
    fns = [callbacks[r] for r in rules]
    builder = getattr(callbacks, "builder", None)

    def method(f) -> str | None:
        # the name of the Builder method ``f`` is bound to, if it is one
        func = getattr(f, "__func__", None)
        if builder is None or func is None or getattr(f, "__self__", None) is not builder:
            return None
        name = func.__name__
        return name if getattr(type(builder), name, None) is func else None

    names = [method(f) for f in fns]
    steps: list = []        # callables, or None for `_same`
    i = 0
    while i < len(fns):
        for key, target in FUSED.items():
            if tuple(names[i:i + len(key)]) == key:
                steps.append(getattr(builder, target))
                i += len(key)
                break
        else:
            if fns[i] is _same:
                steps.append(None)
            elif names[i] not in UNARY_IDENTITY:
                steps.append(fns[i])
            i += 1
    if not steps:
        return _first
    scope: dict = {}
    expr = None        # the value so far: None while it is still c[0]
    for k, f in enumerate(steps):
        arg = "c" if expr is None else f"[{expr}]"
        if f is None:
            expr = arg            # _same: that one-element list is the value
        else:
            scope[f"f{k}"] = f
            expr = f"f{k}({arg})"
    exec(f"def composed(c):\n    return {expr}", scope)
    return scope["composed"]


def _first(c):
    return c[0]


def _drive(tokens: list[Token], eof: Token, start: str, callbacks: list) -> object:
    """The LALR(1) loop: shift tokens, run reductions' callbacks."""
    tables = _tables()
    actions = tables.actions
    end_state = tables.end_states[start]
    # The top state lives in a local (`state`); `below` holds the others.
    state = tables.start_states[start]
    below: list[int] = []
    values: list = []
    push_state = below.append
    push_value = values.append
    end_states = set(tables.end_states.values())
    for tok in itertools.chain(tokens, (eof,)):
        ttype = tok.type
        entry = actions[state].get(ttype)
        while entry.__class__ is not int:
            if entry.__class__ is _Unary:
                # a chain of one-symbol reductions: the value on top goes
                # through their callbacks, and only the top state changes
                under = below[-1]
                got = entry.get(under)
                if got is None:
                    got = entry[under] = _unary_chain(actions, under, entry, ttype, end_states)
            elif entry is None:
                raise _Unexpected(tok, set(actions[state]))
            else:
                size, name, rule = entry.spec
                if size:
                    children = values[-size:]
                    del values[-size:]
                    under = below[-size]
                    del below[1 - size:]
                    push_value(callbacks[rule](children))
                else:
                    push_value(callbacks[rule]([]))
                    under = state
                    push_state(state)
                # then the goto and the chain of one-symbol reductions after it
                got = entry.get(under)
                if got is None:
                    got = entry[under] = _after_reduce(actions, under, name, ttype, end_states)
            state, rule, entry = got
            if rule >= 0:
                try:
                    f = callbacks[rule]
                except IndexError:          # a chain new to this callbacks list
                    f = _chain_callback(callbacks, rule)
                values[-1] = f([values[-1]])
            if state == end_state and ttype == "$END":
                return values[-1]
        push_state(state)
        push_value(tok)
        state = entry
    raise AssertionError("the end of input is never shifted")


def parse_tokens(tokens: list[Token], start: str, file: str, text: str,
                 eof: Token) -> object:
    entry = _PARSERS.borrow(file)
    try:
        return _parse_with(tokens, start, eof, *entry)
    finally:
        _PARSERS.give_back(entry)


def _parse_with(tokens: list[Token], start: str, eof: Token, callbacks: list,
                builder: Builder) -> object:
    unsupported = _first_unsupported(tokens)
    try:
        result = _drive(tokens, eof, start, callbacks)
    except _Unexpected as e:
        if unsupported is not None and (e.token.type == "$END" or tokens[unsupported[0]].start_pos <= e.token.start_pos):
            raise _unsupported_error(tokens, unsupported, builder) from None
        raise _syntax_error(e.token, e.expected, tokens, builder, eof) from None
    except SyntaxError_ as e:
        # raised by an unsupported_* rule of the grammar: report the earliest
        if unsupported is not None and tokens[unsupported[0]].start_pos < e.loc.start:
            raise _unsupported_error(tokens, unsupported, builder) from None
        raise
    if unsupported is not None:
        raise _unsupported_error(tokens, unsupported, builder)
    return result


def _unsupported_error(tokens: list[Token], found: tuple[int, str], builder: Builder) -> SyntaxError_:
    index, feature = found
    return SyntaxError_(builder.tloc(tokens[index]), f"{feature} are not supported by robur")


def _syntax_error(tok: Token, expected: set[str], tokens: list[Token], builder: Builder,
                  eof: Token) -> SyntaxError_:
    if tok.type == "$END":
        loc = Location(builder.file, eof.start_pos, eof.end_pos, eof.line, eof.column, eof.line)
        index = len(tokens)
    else:
        loc = builder.tloc(tok)
        index = _index_of(tokens, tok)
    # OCaml's grammar has error productions such as `LPAREN seq_expr error`:
    # when the parser could close the innermost open delimiter here, it says
    # which closer it expected and where the opener was.
    opener = _unclosed(tokens, index)
    if opener is not None:
        open_text, close_text = _OPENERS[opener.type]
        if _CLOSERS.get(close_text, "RBRACKET") in expected:
            return SyntaxError_(loc, f"Syntax error: '{close_text}' expected",
                                [Note(builder.tloc(opener), f"This '{open_text}' might be unmatched")])
    return SyntaxError_(loc, "Syntax error")


def _index_of(tokens: list[Token], tok: Token) -> int:
    lo, hi = 0, len(tokens)
    pos = tok.start_pos
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start_pos < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def parse(text: str, start: str, file: str, warnings: list[Diagnostic] | None = None,
          offset: int = 0, line: int = 1, bol: int = 0, tokens_out: list[Token] | None = None):
    """Parse ``text`` (from ``offset``) with the given start rule.  Lexer
    warnings are appended to ``warnings``; on an error they travel with the
    SyntaxError_ (the ones before it, as OCaml prints them)."""
    lexer = Lexer(text, file, offset, line, bol)
    # Tokens and AST nodes form no garbage cycles: the cyclic GC would only
    # walk them (and the caller's heap) again and again (~10% of a parse).
    gc_was = gc.isenabled()
    gc.disable()
    try:
        tokens = list(lexer.tokens())
        if tokens_out is not None:
            tokens_out.extend(tokens)
        result = parse_tokens(tokens, start, file, text, _eof_token(text, offset, line, bol))
    except SyntaxError_ as e:
        e.warnings = [w for w in lexer.warnings if w.loc.start <= e.loc.start]
        raise
    finally:
        if gc_was:
            gc.enable()
    if warnings is not None:
        warnings.extend(lexer.warnings)
    return result


def parse_implementation(text: str, file: str = "_none_",
                         warnings: list[Diagnostic] | None = None) -> A.Structure:
    """Parse a whole ``.ml`` file; raises SyntaxError_."""
    return parse(text, "implementation", file, warnings)


def parse_interface(text: str, file: str = "_none_",
                    warnings: list[Diagnostic] | None = None) -> A.Signature:
    """Parse a whole ``.mli`` file; raises SyntaxError_."""
    return parse(text, "interface", file, warnings)


def parse_phrase(text: str, file: str = "//toplevel//",
                 warnings: list[Diagnostic] | None = None) -> list[A.StructureItem] | A.Directive:
    """Parse one toplevel phrase ending with ``;;``."""
    return parse(text, "phrase", file, warnings)
