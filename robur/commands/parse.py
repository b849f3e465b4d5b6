"""``robur parse FILE``: parse and print the syntax tree (or the source back)."""
from __future__ import annotations

import argparse
import sys

from ..syntax.dump import dump
from ..syntax.lexer import read_source
from ..syntax.location import RoburError, Source, report, to_terminal
from ..syntax.parser import parse_implementation, parse_interface
from ..syntax.printer import signature, structure
from ..ui import print_diagnostic


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="robur parse", description="Parse an OCaml file and print its syntax tree.")
    ap.add_argument("file", help="a .ml or .mli file")
    ap.add_argument("--source", action="store_true", help="print the tree back as (fully parenthesised) source")
    args = ap.parse_args(argv)
    try:
        text = read_source(args.file)
    except OSError as e:
        print(f"robur parse: cannot read {args.file}: {e.strerror}", file=sys.stderr)
        return 2
    interface = args.file.endswith(".mli")
    warnings: list = []
    try:
        tree = (parse_interface if interface else parse_implementation)(text, args.file, warnings)
    except RoburError as e:
        print_diagnostic(to_terminal(report(e, Source(args.file, text))))
        return 2
    for w in warnings:
        print_diagnostic(to_terminal(report(w, Source(args.file, text))))
    if args.source:
        out = signature(tree) if interface else structure(tree)
        print(to_terminal(out))
    else:
        for line in dump(tree):
            print(to_terminal(line))
    return 0
