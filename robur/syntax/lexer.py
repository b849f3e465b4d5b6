"""The lexer: OCaml 4.13's lexical conventions, as its lexer.mll defines them.

Why a hand-written lexer in front of Lark's LALR parser: OCaml's lexical
grammar is not regular (comments nest, and strings and character literals
inside comments are lexed so that ``"*)"`` does not end one), and ocamllex's
"longest match, then first rule" discipline for operator tokens is easiest to
state as code.  One master regular expression covers the common tokens; the
irregular ones (comments, strings, quoted strings, operators) have small
functions.  Tokens are Lark tokens so the parser can consume them directly.

Source text is the Latin-1 decoding of the file's bytes (``read_source``), so
that one character is one byte, as for ocamllex: offsets and columns are byte
counts, string literals are byte strings, and Latin-1 letters in identifiers
behave as in OCaml 4.13 (accepted, with a deprecation alert).

Token positions: ``start_pos``/``end_pos`` are offsets, ``line`` is 1-based
and ``column`` is 0-based (OCaml's convention, not Lark's).
"""
from __future__ import annotations

import re
from typing import Iterator

from .location import Diagnostic, Location, Note, SyntaxError_

class Token:
    """A token.  ``value`` is the text, except for literals: INT and FLOAT
    carry (digits, suffix), STRING (contents, delimiter), CHAR the character."""
    __slots__ = ("type", "value", "start_pos", "line", "column", "end_line", "end_pos")

    def __init__(self, type: str, value, start_pos: int, line: int, column: int,
                 end_line: int, end_pos: int):
        self.type = type
        self.value = value
        self.start_pos = start_pos
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_pos = end_pos

    def __str__(self) -> str:
        return self.value if isinstance(self.value, str) else str(self.value)

    def __repr__(self) -> str:
        return f"Token({self.type}, {self.value!r}, {self.line}:{self.column})"


KEYWORDS = {
    "and": "AND", "as": "AS", "assert": "ASSERT", "begin": "BEGIN", "class": "CLASS",
    "constraint": "CONSTRAINT", "do": "DO", "done": "DONE", "downto": "DOWNTO",
    "else": "ELSE", "end": "END", "exception": "EXCEPTION", "external": "EXTERNAL",
    "false": "FALSE", "for": "FOR", "fun": "FUN", "function": "FUNCTION",
    "functor": "FUNCTOR", "if": "IF", "in": "IN", "include": "INCLUDE",
    "inherit": "INHERIT", "initializer": "INITIALIZER", "lazy": "LAZY", "let": "LET",
    "match": "MATCH", "method": "METHOD", "module": "MODULE", "mutable": "MUTABLE",
    "new": "NEW", "nonrec": "NONREC", "object": "OBJECT", "of": "OF", "open": "OPEN",
    "or": "OR", "private": "PRIVATE", "rec": "REC", "sig": "SIG", "struct": "STRUCT",
    "then": "THEN", "to": "TO", "true": "TRUE", "try": "TRY", "type": "TYPE",
    "val": "VAL", "virtual": "VIRTUAL", "when": "WHEN", "while": "WHILE", "with": "WITH",
    # keyword operators
    "mod": "INFIXOP3", "land": "INFIXOP3", "lor": "INFIXOP3", "lxor": "INFIXOP3",
    "lsl": "INFIXOP4", "lsr": "INFIXOP4", "asr": "INFIXOP4",
}

# Fixed punctuation, as listed in lexer.mll; they win ties against the
# general operator rules below.
FIXED = {
    "#": "HASH", "&": "AMPERSAND", "&&": "AMPERAMPER", "`": "BACKQUOTE", "(": "LPAREN",
    ")": "RPAREN", "*": "STAR", ",": "COMMA", "->": "MINUSGREATER", ".": "DOT",
    "..": "DOTDOT", ":": "COLON", "::": "COLONCOLON", ":=": "COLONEQUAL",
    ":>": "COLONGREATER", ";": "SEMI", ";;": "SEMISEMI", "<": "LESS", "<-": "LESSMINUS",
    "=": "EQUAL", "[": "LBRACKET", "[|": "LBRACKETBAR", "[<": "LBRACKETLESS",
    "[>": "LBRACKETGREATER", "]": "RBRACKET", "{": "LBRACE", "{<": "LBRACELESS",
    "|": "BAR", "||": "BARBAR", "|]": "BARRBRACKET", ">": "GREATER",
    ">]": "GREATERRBRACKET", "}": "RBRACE", ">}": "GREATERRBRACE", "[@": "LBRACKETAT",
    "[@@": "LBRACKETATAT", "[@@@": "LBRACKETATATAT", "[%": "LBRACKETPERCENT",
    "[%%": "LBRACKETPERCENTPERCENT", "!": "BANG", "!=": "INFIXOP0", "+": "PLUS",
    "+.": "PLUSDOT", "+=": "PLUSEQ", "-": "MINUS", "-.": "MINUSDOT", "%": "PERCENT",
    "~": "TILDE", "?": "QUESTION",
}

SYMBOLCHARS = frozenset("!$%&*+-./:<=>?@^|~")
DOTSYMBOLCHARS = frozenset("!$%&*+-/:=>?@^|")

_DECIMAL = r"[0-9][0-9_]*"
_INT = r"(?:0[xX][0-9A-Fa-f][0-9A-Fa-f_]*|0[oO][0-7][0-7_]*|0[bB][01][01_]*|[0-9][0-9_]*)"
_FLOAT = (r"(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9][0-9_]*)?"
          r"|0[xX][0-9A-Fa-f][0-9A-Fa-f_]*(?:\.[0-9A-Fa-f_]*)?(?:[pP][+-]?[0-9][0-9_]*)?)")

# Blanks are skipped as part of the next match: one match per token, which
# starts where its group does.  The frequent tokens come first (the
# alternatives are tried in turn); `(` and `{` come after what they can start.
MASTER = re.compile(r"""
[ \t\r\f]*(?:
  (?P<lident>[a-z_\xdf-\xf6\xf8-\xff][A-Za-z0-9_'\xc0-\xd6\xd8-\xf6\xf8-\xff]*)
| (?P<punct1>[),;\[\]}`])
| (?P<nl>\n)
| (?P<uident>[A-Z\xc0-\xd6\xd8-\xde][A-Za-z0-9_'\xc0-\xd6\xd8-\xf6\xf8-\xff]*)
| (?P<number>[0-9])
| (?P<char>'(?:[^\\'\n\r]|\\[\\'"ntbr ]|\\[0-9]{3}|\\o[0-3][0-7]{2}|\\x[0-9a-fA-F]{2})'|'\n')
| (?P<quote>')
| (?P<string>")
| (?P<comment>\(\*)
| (?P<qstring>\{[a-z_]*\|)
| (?P<op>[!$%&*+\-./:<=>?@^|~\#])
| (?P<punct>[({])
)""", re.VERBOSE)

_BLANKS = re.compile(r"[ \t\r\f]*")
# The main loop builds the frequent tokens in place (object.__new__, then
# the slots, as Token.__init__ does: cheaper than calling the class).
_new_token = object.__new__
assert Token.__slots__ == ("type", "value", "start_pos", "line", "column", "end_line", "end_pos")
# the main loop tells MASTER's groups by number
assert MASTER.groupindex == {"lident": 1, "punct1": 2, "nl": 3, "uident": 4, "number": 5, "char": 6,
                             "quote": 7, "string": 8, "comment": 9, "qstring": 10, "op": 11,
                             "punct": 12}
# _op's result depends on the run of these characters and the next 4 at most:
# lexed operators by that text -> (type, value, length).
_OP_RUN = re.compile(r"[!$%&*+\-./:<=>?@^|~#]*")
_OPS: dict[str, tuple[str, str, int]] = {}
# the same for numbers: the characters _number reads, and its tokens by them
_NUMBER_RUN = re.compile(r"[0-9A-Za-z_'.+\-]*")
_NUMBERS: dict[str, tuple[str, tuple[str, str | None], int]] = {}
_MEMO_SIZE = 4096     # entries per memo: they stay small on any input


def _memoised(memo: dict, key: str, start: int, line: int, bol: int, make) -> "Token":
    """The token at ``start`` whose kind and length depend only on ``key``
    (the text it can span): made by ``make()`` the first time, then rebuilt
    from the memo at each position."""
    got = memo.get(key)
    if got is None:
        tok = make()
        if len(memo) < _MEMO_SIZE:
            memo[key] = (tok.type, tok.value, tok.end_pos - start)
        return tok
    return Token(got[0], got[1], start, line, start - bol, line, start + got[2])


# the characters a string literal copies as they are
_STRING_RUN = re.compile(r'[^"\\\n]*')
_COMMENT_SKIP = re.compile(r"[(*\n\"{']")

_INT_RE = re.compile(_INT + r"[g-zG-Z]?")
_FLOAT_RE = re.compile(_FLOAT + r"[g-zG-Z]?")
_IDENTCHARS = re.compile(r"[A-Za-z0-9_']+")
_NUMBER_RE = re.compile(
    r"(?P<hexf>0[xX][0-9A-Fa-f][0-9A-Fa-f_]*(?:\.[0-9A-Fa-f_]*)?(?:[pP][+-]?[0-9][0-9_]*)?)"
    r"|(?P<int>0[xX][0-9A-Fa-f][0-9A-Fa-f_]*|0[oO][0-7][0-7_]*|0[bB][01][01_]*)"
    r"|(?P<dec>[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9][0-9_]*)?)")


def _escape_for_message(c: str) -> str:
    """OCaml's Char.escaped, for "Illegal character (...)"."""
    table = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b"}
    if c in table:
        return table[c]
    o = ord(c)
    if 32 <= o < 127:
        return c
    return f"\\{o:03d}"


class Lexer:
    """Turns a source text into tokens.  ``warnings`` collects the lexer's
    warnings and alerts (Warning 14, Latin-1 identifiers) as Diagnostics."""

    def __init__(self, text: str, file: str = "_none_", start: int = 0, line: int = 1, bol: int = 0):
        self.text = text
        self.file = file
        self.pos = start
        self.line = line
        self.bol = bol              # offset of the current line's first character
        self.warnings: list[Diagnostic] = []
        self.comments: list[tuple[Location, str]] = []

    # -- helpers -----------------------------------------------------------
    def loc(self, start: int, end: int, line: int, bol: int) -> Location:
        end_line = line + self.text.count("\n", start, end)
        return Location(self.file, start, end, line, start - bol, end_line)

    def error(self, start: int, end: int, message: str, line: int | None = None,
              bol: int | None = None, notes: list[Note] | None = None) -> SyntaxError_:
        if line is None:
            line, bol = self.line, self.bol
        return SyntaxError_(self.loc(start, end, line, bol), message, notes)

    def _newlines(self, start: int, end: int) -> None:
        n = self.text.count("\n", start, end)
        if n:
            self.line += n
            self.bol = self.text.rindex("\n", start, end) + 1

    def _latin1_alert(self, start: int, end: int, line: int, bol: int) -> None:
        self.warnings.append(Diagnostic(self.loc(start, end, line, bol), "Alert deprecated",
                                        "ISO-Latin1 characters in identifiers"))

    def _tok(self, kind: str, value: object, start: int, end: int) -> Token:
        return Token(kind, value, start, self.line, start - self.bol, self.line, end)

    # -- main loop -----------------------------------------------------------
    def tokens(self) -> Iterator[Token]:
        # The position, line and line start live in locals while tokens are
        # matched (this loop is most of the lexer's time); they are written
        # back before a helper method or an error needs them.
        text = self.text
        n = len(text)
        match = MASTER.match
        keywords = KEYWORDS
        oprun = _OP_RUN.match
        ops = _OPS
        numrun = _NUMBER_RUN.match
        nums = _NUMBERS
        new_token = _new_token
        pos, line, bol = self.pos, self.line, self.bol
        while True:
            m = match(text, pos)
            if m is None:
                pos = _BLANKS.match(text, pos).end()
                self.pos, self.line, self.bol = pos, line, bol
                if pos >= n:
                    return
                raise self.error(pos, pos + 1, f"Illegal character ({_escape_for_message(text[pos])})")
            # dispatch on the group's number (MASTER's groupindex, asserted above)
            kind = m.lastindex
            start = m.start(kind)
            end = m.end()
            if kind == 1:       # lident
                word = text[start:end]
                if not word.isascii():
                    self._latin1_alert(start, end, line, bol)
                if word == "_":
                    yield Token("UNDERSCORE", word, start, line, start - bol, line, end)
                else:
                    kw = keywords.get(word)
                    if kw is not None and (word == "let" or word == "and") and end < n \
                            and text[end] in "$&*+-/<=>@^|":
                        # `let*` / `and+`: binding operators
                        oend = end + 1
                        while oend < n and text[oend] in DOTSYMBOLCHARS:
                            oend += 1
                        yield Token("LETOP" if word == "let" else "ANDOP", text[start:oend], start, line,
                                    start - bol, line, oend)
                        pos = oend
                        continue
                    # Token(kw or "LIDENT", word, start, line, start - bol, line, end),
                    # built in place (see _new_token)
                    tok = new_token(Token)
                    tok.type = kw or "LIDENT"
                    tok.value = word
                    tok.start_pos = start
                    tok.line = tok.end_line = line
                    tok.column = start - bol
                    tok.end_pos = end
                    yield tok
                pos = end
            elif kind == 2 or kind == 12:     # punct1, punct
                c = text[start]
                if c == "[" and end < n and text[end] in "|<>@%":
                    tok = self._op(start, line, bol)
                    yield tok
                    pos = tok.end_pos
                elif c == ";" and end < n and text[end] == ";":
                    yield Token("SEMISEMI", ";;", start, line, start - bol, line, end + 1)
                    pos = end + 1
                elif c == "{" and end < n and text[end] == "<":
                    yield Token("LBRACELESS", "{<", start, line, start - bol, line, end + 1)
                    pos = end + 1
                else:
                    # Token(FIXED[c], c, start, line, start - bol, line, end)
                    tok = new_token(Token)
                    tok.type = FIXED[c]
                    tok.value = c
                    tok.start_pos = start
                    tok.line = tok.end_line = line
                    tok.column = start - bol
                    tok.end_pos = end
                    yield tok
                    pos = end
            elif kind == 11:    # op
                # An operator token depends only on the text `key` covers
                # (the symbol run and the 4 characters a FIXED one can span).
                key = text[start:max(oprun(text, start).end(), start + 4)]
                got = ops.get(key)
                if got is None:
                    tok = _memoised(ops, key, start, line, bol, lambda: self._op(start, line, bol))
                    yield tok
                    pos = tok.end_pos
                else:
                    pos = start + got[2]
                    yield Token(got[0], got[1], start, line, start - bol, line, pos)
            elif kind == 3:     # nl
                pos = bol = end
                line += 1
            elif kind == 4:     # uident
                word = text[start:end]
                if not word.isascii():
                    self._latin1_alert(start, end, line, bol)
                # Token("UIDENT", word, start, line, start - bol, line, end)
                tok = new_token(Token)
                tok.type = "UIDENT"
                tok.value = word
                tok.start_pos = start
                tok.line = tok.end_line = line
                tok.column = start - bol
                tok.end_pos = end
                yield tok
                pos = end
            elif kind == 5:     # number
                # likewise, a number depends only on the run of characters
                # _number can read
                key = numrun(text, start).group()
                self.pos, self.line, self.bol = start, line, bol
                got = nums.get(key)
                if got is None:
                    tok = _memoised(nums, key, start, line, bol, lambda: self._number(start))
                    yield tok
                    pos = tok.end_pos
                else:
                    pos = start + got[2]
                    yield Token(got[0], got[1], start, line, start - bol, line, pos)
            elif kind == 6:     # char
                body = text[start + 1:end - 1]
                if len(body) == 4 and body[1].isdigit() and int(body[1:]) > 255:
                    self.pos, self.line, self.bol = start, line, bol
                    raise self.error(start + 1, end - 1, f"Illegal backslash escape in string or character ({body}): {int(body[1:])} is outside the range of legal characters (0-255).")
                yield Token("CHAR", _decode_char(body), start, line, start - bol, line, end)
                if text[start + 1] == "\n":
                    line += 1
                    bol = start + 2
                pos = end
            elif kind == 7:     # quote
                if end < n and text[end] == "\\":
                    # a character literal with a bad escape
                    close = text.find("'", end + 1)
                    stop = close + 1 if 0 < close - end <= 5 else min(n, end + 2)
                    esc = text[end:stop - 1] if close > 0 else text[end:end + 2]
                    self.pos, self.line, self.bol = start, line, bol
                    raise self.error(start, min(n, end + 2),
                                     f"Illegal backslash escape in string or character ({esc})")
                yield Token("QUOTE", "'", start, line, start - bol, line, end)
                pos = end
            else:
                self.pos, self.line, self.bol = start, line, bol
                kind = m.lastgroup
                if kind == "string":
                    yield self._string(start)
                elif kind == "comment":
                    self._comment(start)
                elif kind == "qstring":
                    yield self._quoted_string(start, text[start + 1:end - 1])
                else:
                    raise AssertionError(kind)
                pos, line, bol = self.pos, self.line, self.bol

    # -- numbers -----------------------------------------------------------
    def _number(self, pos: int) -> Token:
        text = self.text
        m = _NUMBER_RE.match(text, pos)
        assert m is not None
        end = m.end()
        kind = m.lastgroup
        body = m.group()
        if kind == "hexf":
            is_float = any(c in body for c in ".pP")
        elif kind == "int":
            is_float = False
        else:
            is_float = any(c in body for c in ".eE")
        suffix = ""
        if end < len(text) and (("g" <= text[end] <= "z") or ("G" <= text[end] <= "Z")):
            suffix = text[end]
            end += 1
        extra = _IDENTCHARS.match(text, end)
        if extra is not None:
            raise self.error(pos, extra.end(), f"Invalid literal {text[pos:extra.end()]}")
        tok = self._tok("FLOAT" if is_float else "INT", (body, suffix or None), pos, end)
        self.pos = end
        return tok

    # -- operators -----------------------------------------------------------
    def _op(self, pos: int, line: int, bol: int) -> Token:
        """The operator or fixed punctuation at ``pos``, on a line starting at ``bol``."""
        text = self.text
        n = len(text)
        fixed = ""
        for length in (4, 3, 2, 1):
            if text[pos:pos + length] in FIXED:
                fixed = text[pos:pos + length]
                break
        c = text[pos]
        general = ""
        kind = ""
        if c in "!~?#":
            end = pos + 1
            while end < n and (text[end] in SYMBOLCHARS or text[end] == "#"):
                end += 1
            if end > pos + 1:
                general = text[pos:end]
                kind = "HASHOP" if c == "#" else "PREFIXOP"
        elif c in SYMBOLCHARS and c not in ".:":
            end = pos + 1
            while end < n and text[end] in SYMBOLCHARS:
                end += 1
            general = text[pos:end]
            if c in "=<>|&$":
                kind = "INFIXOP0"
            elif c in "@^":
                kind = "INFIXOP1"
            elif c in "+-":
                kind = "INFIXOP2"
            elif general.startswith("**"):
                kind = "INFIXOP4"
            else:
                kind = "INFIXOP3"
        elif c == "." and pos + 1 < n and text[pos + 1] in DOTSYMBOLCHARS:
            end = pos + 2
            while end < n and text[end] in SYMBOLCHARS:
                end += 1
            general = text[pos:end]
            kind = "DOTOP"
        if len(general) > len(fixed):
            return Token(kind, general, pos, line, pos - bol, line, pos + len(general))
        if not fixed:
            self.pos, self.line, self.bol = pos, line, bol
            raise self.error(pos, pos + 1, f"Illegal character ({_escape_for_message(c)})")
        return Token(FIXED[fixed], fixed, pos, line, pos - bol, line, pos + len(fixed))

    # -- strings -----------------------------------------------------------
    def _string(self, pos: int) -> Token:
        """A "..." literal; returns a STRING token whose value is (contents, None)."""
        text = self.text
        n = len(text)
        start_line, start_bol = self.line, self.bol
        out: list[str] = []
        i = pos + 1
        run = _STRING_RUN.match
        while True:
            j = run(text, i).end()
            out.append(text[i:j])
            if j >= n:
                raise SyntaxError_(self.loc(pos, pos + 1, start_line, start_bol), "String literal not terminated")
            c = text[j]
            if c == '"':
                end = j + 1
                tok = Token("STRING", ("".join(out), None), pos, start_line, pos - start_bol,
                            self.line, end)
                self.pos = end
                return tok
            if c == "\n":
                out.append("\n")
                self.line += 1
                self.bol = j + 1
                i = j + 1
                continue
            i = self._escape(j, out)

    def _escape(self, j: int, out: list[str]) -> int:
        """Decode the escape at text[j] == '\\'; return the offset after it."""
        text = self.text
        n = len(text)
        if j + 1 >= n:
            return j + 1
        c = text[j + 1]
        simple = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "b": "\b", "r": "\r", " ": " "}
        if c in simple:
            out.append(simple[c])
            return j + 2
        if c == "\n":
            # backslash-newline: skip the newline and the next line's blanks
            self.line += 1
            self.bol = j + 2
            k = j + 2
            while k < n and text[k] in " \t":
                k += 1
            return k
        if c == "\r" and text.startswith("\n", j + 2):
            self.line += 1
            self.bol = j + 3
            k = j + 3
            while k < n and text[k] in " \t":
                k += 1
            return k
        if c.isdigit() and j + 3 < n and text[j + 2:j + 4].isdigit() and text[j + 1:j + 4].isascii():
            v = int(text[j + 1:j + 4])
            if v > 255:
                raise self.error(j, j + 4, f"Illegal backslash escape in string or character (\\{text[j+1:j+4]}): {v} is outside the range of legal characters (0-255).")
            out.append(chr(v))
            return j + 4
        if c == "o" and j + 4 < n and all(ch in "01234567" for ch in text[j + 2:j + 5]):
            v = int(text[j + 2:j + 5], 8)
            if v > 255:
                raise self.error(j, j + 5, f"Illegal backslash escape in string or character (\\{text[j+1:j+5]}): o{text[j+2:j+5]} (={v}) is outside the range of legal characters (0-255).")
            out.append(chr(v))
            return j + 5
        if c == "x" and j + 3 < n and all(ch in "0123456789abcdefABCDEF" for ch in text[j + 2:j + 4]):
            out.append(chr(int(text[j + 2:j + 4], 16)))
            return j + 4
        if c == "u" and text.startswith("{", j + 2):
            close = text.find("}", j + 3)
            digits = text[j + 3:close] if close > 0 else ""
            if close > 0 and 1 <= len(digits) <= 6 and all(ch in "0123456789abcdefABCDEF" for ch in digits):
                v = int(digits, 16)
                if v > 0x10FFFF or 0xD800 <= v <= 0xDFFF:
                    raise self.error(j, close + 1, f"Illegal backslash escape in string or character (\\u{{{digits}}}): {digits.upper()} is not a Unicode scalar value")
                # strings are byte strings: store the UTF-8 bytes as Latin-1 chars
                out.append(chr(v).encode("utf-8").decode("latin-1"))
                return close + 1
        # An unknown escape: OCaml keeps the backslash and warns (Warning 14).
        self.warnings.append(Diagnostic(self.loc(j, j + 2, self.line, self.bol), "Warning 14 [illegal-backslash]",
                                        "illegal backslash escape in string."))
        out.append("\\")
        return j + 1

    def _quoted_string(self, pos: int, delim: str) -> Token:
        text = self.text
        closing = "|" + delim + "}"
        body_start = pos + len(delim) + 2
        close = text.find(closing, body_start)
        if close < 0:
            raise self.error(pos, body_start, "String literal not terminated")
        start_line, start_bol = self.line, self.bol
        end = close + len(closing)
        self._newlines(body_start, close)
        self.pos = end
        return Token("STRING", (text[body_start:close], delim), pos, start_line, pos - start_bol,
                     self.line, end)

    # -- comments -----------------------------------------------------------
    def _comment(self, pos: int) -> None:
        """Skip a (possibly nested) comment.  Strings and character literals
        inside comments are lexed, as OCaml does, so "*)" inside them does not
        end the comment."""
        text = self.text
        n = len(text)
        stack = [(pos, self.line, self.bol)]
        if text.startswith("(*)", pos):
            self.warnings.append(Diagnostic(
                self.loc(pos, pos + 3, self.line, self.bol), "Warning 1 [comment-start]",
                "this `(*' is the start of a comment.\n"
                "Hint: Did you forget spaces when writing the infix operator `( * )'?"))
        i = pos + 2
        while True:
            if i >= n:
                spos, sline, sbol = stack[-1]
                raise SyntaxError_(self.loc(spos, spos + 2, sline, sbol), "Comment not terminated")
            c = text[i]
            if c == "(" and text.startswith("(*", i):
                stack.append((i, self.line, self.bol))
                i += 2
            elif c == "*" and text.startswith("*)", i):
                stack.pop()
                i += 2
                if not stack:
                    self.comments.append((self.loc(pos, i, self.line, self.bol), text[pos:i]))
                    self.pos = i
                    return
            elif c == "\n":
                self.line += 1
                self.bol = i + 1
                i += 1
            elif c == '"':
                sline, sbol = self.line, self.bol
                try:
                    save_warnings = len(self.warnings)
                    self._string(i)
                    del self.warnings[save_warnings:]
                    i = self.pos
                except SyntaxError_:
                    spos, cline, cbol = stack[-1]
                    raise SyntaxError_(self.loc(spos, spos + 2, cline, cbol),
                                       "This comment contains an unterminated string literal",
                                       [Note(self.loc(i, i + 1, sline, sbol), "String literal begins here")])
            elif c == "{":
                m = re.compile(r"\{([a-z_]*)\|").match(text, i)
                if m:
                    close = text.find("|" + m.group(1) + "}", m.end())
                    if close < 0:
                        spos, cline, cbol = stack[-1]
                        raise SyntaxError_(self.loc(spos, spos + 2, cline, cbol),
                                           "This comment contains an unterminated string literal",
                                           [Note(self.loc(i, m.end(), self.line, self.bol), "String literal begins here")])
                    end = close + len(m.group(1)) + 2
                    self._newlines(i, end)
                    i = end
                else:
                    i += 1
            elif c == "'":
                m = MASTER.match(text, i)
                if m is not None and m.lastgroup == "char":
                    if text[i + 1] == "\n":
                        self.line += 1
                        self.bol = i + 2
                    i = m.end()
                else:
                    i += 1
            else:
                # skip to the next character that can matter
                m = _COMMENT_SKIP.search(text, i + 1)
                i = m.start() if m is not None else n


def _decode_char(body: str) -> str:
    if len(body) == 1:
        return body
    c = body[1]
    simple = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "b": "\b", "r": "\r", " ": " "}
    if c in simple:
        return simple[c]
    if c == "o":
        return chr(int(body[2:], 8))
    if c == "x":
        return chr(int(body[2:], 16))
    v = int(body[1:])
    return chr(v)


def read_source(path: str) -> str:
    """A source file as robur's lexer wants it: one character per byte."""
    with open(path, "rb") as f:
        return f.read().decode("latin-1")


def source_of_text(text: str) -> str:
    """Unicode text typed by a user (e.g. at the REPL), as robur source."""
    return text.encode("utf-8").decode("latin-1")


def tokenize(text: str, file: str = "_none_") -> list[Token]:
    return list(Lexer(text, file).tokens())
