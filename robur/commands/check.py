"""``robur check [-i] [--dump=STAGE] FILES|DIR``: type-check; ``--dump`` prints
what a stage produced for each unit (STYLE: every IR has a printer):

    ast        the syntax tree (robur.syntax.dump)
    typed      the typed tree (robur.typing)
    lambda     the lambda IR (robur.lambda_.printer)
    closure, cmm, selection, regalloc, asm
               the backend's passes (robur.codegen.pipeline)
"""
from __future__ import annotations

import sys

BACKEND_PASSES = ("closure", "cmm", "selection", "regalloc", "asm")
STAGES = ("ast", "typed", "lambda") + BACKEND_PASSES


def main(argv: list[str]) -> int:
    dumps = [a.split("=", 1)[1] for a in argv if a.startswith("--dump=")]
    for stage in dumps:
        if stage not in STAGES:
            print(f"robur check: unknown stage '{stage}' for --dump (one of: {', '.join(STAGES)})", file=sys.stderr)
            return 2
    later = [s for s in dumps if s not in ("typed",)]
    rest = [a for a in argv if not (a.startswith("--dump=") and a.split("=", 1)[1] in later)]
    from ..typing.driver import main_check
    if not later:
        return main_check(rest)
    status = main_check([a for a in rest if not a.startswith("--dump=") and a != "-i"] + [])
    if status != 0:
        return status
    return _dump_later_stages(rest, later)


def _dump_later_stages(args: list[str], stages: list[str]) -> int:
    from ..syntax.dump import dump
    from ..syntax.lexer import read_source
    from ..typing.checker import Checker
    from ..typing.driver import collect_files
    files = collect_files([a for a in args if not a.startswith("-")])
    sources = {f: read_source(f) for f in files}
    if "ast" in stages:
        from ..syntax.parser import parse_implementation, parse_interface
        for f, text in sources.items():
            tree = (parse_interface if f.endswith(".mli") else parse_implementation)(text, f)
            print(f"(* {f}: ast *)")
            for line in dump(tree):
                print(line)
    code_stages = [s for s in stages if s != "ast"]
    if not code_stages:
        return 0
    from ..codegen import pipeline
    from ..lambda_ import printer as lprinter
    from ..lambda_.translmod import transl_unit
    checker = Checker()
    checker.update(sources)
    for name in checker.order:
        unit = checker.units[name]
        lam = transl_unit(name, unit.ml_file, unit.typed, unit.exported)
        if "lambda" in code_stages:
            print(f"(* {name}: lambda *)")
            print(lprinter.show(lam))
        wanted = [s for s in code_stages if s in BACKEND_PASSES]
        if wanted:
            def show(stage: str, text: str, name: str = name) -> None:
                print(f"(* {name}: {stage} *)")
                sys.stdout.write(text if text.endswith("\n") else text + "\n")
            pipeline.compile_unit(lam, name, unit.ml_file, dump=show, dump_passes=wanted)
    return 0
