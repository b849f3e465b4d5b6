"""OCaml's operator precedence, applied to the flat chains the grammar builds.

The grammar parses ``a + b * c :: d, e`` as one chain of operands and
operator tokens; ``resolve`` builds the tree exactly as yacc does from the
%left/%right declarations in OCaml 4.13's parser.mly (listed here from the
loosest to the tightest).  The comma is n-ary: ``a, b, c`` is one tuple.
"""
from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")

LEFT, RIGHT, NARY = 0, 1, 2

# token type -> (precedence, associativity)
EXPR_OPERATORS: dict[str, tuple[int, int]] = {
    "COLONEQUAL": (1, RIGHT),
    "COMMA": (2, NARY),
    "OR": (3, RIGHT), "BARBAR": (3, RIGHT),
    "AMPERSAND": (4, RIGHT), "AMPERAMPER": (4, RIGHT),
    "INFIXOP0": (5, LEFT), "EQUAL": (5, LEFT), "LESS": (5, LEFT), "GREATER": (5, LEFT),
    "INFIXOP1": (6, RIGHT),
    "COLONCOLON": (8, RIGHT),
    "INFIXOP2": (9, LEFT), "PLUS": (9, LEFT), "PLUSDOT": (9, LEFT), "MINUS": (9, LEFT),
    "MINUSDOT": (9, LEFT), "PLUSEQ": (9, LEFT),
    "PERCENT": (10, LEFT), "INFIXOP3": (10, LEFT), "STAR": (10, LEFT),
    "INFIXOP4": (11, RIGHT),
}

# patterns: `as` (postfix, loosest), `|`, `,`, attributes, `::`
PATTERN_OPERATORS: dict[str, tuple[int, int]] = {
    "BAR": (1, LEFT),
    "COMMA": (2, NARY),
    "COLONCOLON": (4, RIGHT),
}
PATTERN_AS = 0
PATTERN_ATTRIBUTE = 3


def resolve(items: list, table: dict[str, tuple[int, int]],
            binary: Callable[[object, T, T], T],
            tuple_: Callable[[list[T]], T]) -> T:
    """Build a tree from ``[operand, op, operand, op, ..., operand]``.

    ``binary(op_token, left, right)`` builds one operator node;
    ``tuple_(items)`` builds an n-ary comma node.
    """
    if len(items) == 3:             # one operator, the common case
        op = items[1]
        if table[op.type][1] == NARY:
            return tuple_([items[0], items[2]])
        return binary(op, items[0], items[2])
    operands: list = [items[0]]
    ops: list = []
    tops: list = []         # table[op.type] of each of ops
    for i in range(1, len(items), 2):
        op = items[i]
        entry = table[op.type]
        prec, assoc = entry
        while ops:
            tprec = tops[-1][0]
            if tprec > prec or (tprec == prec and assoc == LEFT):
                _reduce_top(ops, tops, operands, binary, tuple_)
            else:
                break
        ops.append(op)
        tops.append(entry)
        operands.append(items[i + 1])
    while ops:
        _reduce_top(ops, tops, operands, binary, tuple_)
    x = operands[0]
    return tuple_(x) if isinstance(x, list) else x


def _reduce_top(ops: list, tops: list, operands: list, binary, tuple_) -> None:
    """Reduce the operator on top of the stack (a function of the module,
    not a closure made by each resolve)."""
    top = ops.pop()
    right = operands.pop()
    left = operands.pop()
    if tops.pop()[1] == NARY:
        # A comma chain under construction is a Python list of its items;
        # since commas reduce right to left, each new comma prepends to it.
        if isinstance(left, list):
            left = tuple_(left)
        if isinstance(right, list):
            right.insert(0, left)
            operands.append(right)
        else:
            operands.append([left, right])
    else:
        if isinstance(left, list):
            left = tuple_(left)
        if isinstance(right, list):
            right = tuple_(right)
        operands.append(binary(top, left, right))
