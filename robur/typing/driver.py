"""``robur check [-i] FILES|DIR``: type-check units and print what ocamlc
prints (``-i``: the inferred signatures on stdout; warnings and errors on
stderr in OCaml's layout).  Exit status 0, or 2 on an error, as ocamlc."""
from __future__ import annotations

import os
import sys


from ..syntax.lexer import read_source
from ..syntax.location import RoburError, Source, report, to_terminal
from .checker import Checker, unit_name
from .printtyp import Session, signature_to_string


def _write(stream, text: str) -> None:
    """Diagnostics on a terminal are coloured as ocamlc colours them."""
    from ..ui import colourise
    text = to_terminal(text)
    stream.write(colourise(text, stream) if stream is sys.stderr else text)


def collect_files(args: list[str]) -> list[str]:
    files: list[str] = []
    for a in args:
        if os.path.isdir(a):
            for f in sorted(os.listdir(a)):
                if f.endswith(".ml") or f.endswith(".mli"):
                    files.append(os.path.join(a, f))
        else:
            files.append(a)
    return files


def main_check(argv: list[str]) -> int:
    print_sig = False
    dump_typed = False
    args = []
    for a in argv:
        if a == "-i":
            print_sig = True
        elif a == "--dump=typed":
            dump_typed = True
        else:
            args.append(a)
    if not args:
        sys.stderr.write("usage: robur check [-i] [--dump=typed] FILES|DIR\n")
        return 2
    files = collect_files(args)
    sources: dict[str, str] = {}
    texts: dict[str, str] = {}
    for f in files:
        try:
            sources[f] = read_source(f)
        except OSError as e:
            sys.stderr.write(f'File "{f}", line 1:\nError: I/O error: {f}: {e.strerror}\n')
            return 2
    explicit_order = [unit_name(f) for f in files if f.endswith(".ml")]
    checker = Checker()
    try:
        checker.update(sources)
    except RoburError as e:
        _write(sys.stderr, report(e, None) + "\n")
        return 2
    except RecursionError:
        sys.stderr.write("Fatal error: the program is nested too deeply for the type checker\n")
        return 2
    # Report in the order given on the command line when files were named,
    # dependency order for directories (as ocamlc on `ocamldep -sort` output).
    order = checker.order if any(os.path.isdir(a) for a in args) else [
        n for n in explicit_order if n in checker.units]
    status, out = report_units(checker, sources, order, print_sig, dump_typed)
    _write(sys.stdout, "".join(out))
    sys.stdout.flush()
    return status


def report_units(checker: Checker, sources: dict[str, str], order: list[str],
                 print_sig: bool = False, dump_typed: bool = False) -> tuple[int, list[str]]:
    """Write the units' warnings and the first error to stderr, as ocamlc
    does; returns (status, the -i / --dump output).  Shared with ``robur
    build`` so that both print exactly the same diagnostics."""
    status = 0
    out: list[str] = []
    for name in order:
        u = checker.units[name]
        src = Source(u.ml_file, u.ml_text)
        stem = os.path.basename(u.ml_file)[:-3]
        if not _valid_module_name(stem):
            _write(sys.stderr, f'File "{u.ml_file}", line 1:\nWarning 24 [bad-module-name]: bad source '
                               f'file name: "{stem}" is not a valid module name.\n')
        from .report import render as render_diag
        lexer_warnings = u.parsed.warnings if u.parsed is not None else []
        for w in list(lexer_warnings) + u.warnings:
            _write(sys.stderr, render_diag(w, src) + "\n")
        if u.error is not None:
            esrc = src
            if u.error.loc.file != u.ml_file:
                esrc = Source(u.error.loc.file, sources.get(u.error.loc.file, ""))
            _write(sys.stderr, _render_error(u.error, esrc) + "\n")
            status = 2
            break
        if dump_typed and u.typed is not None:
            from .typedtree import dump
            out.append(dump(u.typed) + "\n")
        if print_sig:
            out.append(signature_to_string(u.inferred, Session()) + "\n")
        else:
            from .weak import weak_error
            werr = weak_error(u.inferred, u.typed)
            if werr is not None:
                _write(sys.stderr, _render_error(werr, src) + "\n")
                status = 2
                break
    return status, out


def _render_error(err: RoburError, src: Source) -> str:
    from .report import render
    if err.loc.start == 0 and err.loc.end == 0 and err.loc.line == 1:
        return f'File "{err.loc.file}", line 1:\n{err.kind}: {err.message}'
    return render(err, src)




def _valid_module_name(stem: str) -> bool:
    import re
    return re.fullmatch(r"[A-Za-z][A-Za-z0-9_']*", stem) is not None
