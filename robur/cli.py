"""The ``robur`` command.  Each subcommand's module is imported only when it
runs, so that ``robur --version`` and ``robur --help`` start fast."""
from __future__ import annotations

import sys

from . import __version__

# name -> (one-line help, "module:function" taking argv and returning a status)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("parse a .ml/.mli file and print its syntax tree", "robur.commands.parse:main"),
    "check": ("type-check files or a project; -i prints inferred signatures", "robur.commands.check:main"),
    "build": ("compile a program (FILE.ml or a directory) into a unikernel image or a Linux executable",
              "robur.commands.build:main"),
    "run": ("build if needed, then run a program in a QEMU VM (or as a Linux process)",
            "robur.commands.run:main"),
    "repl": ("the interactive toplevel", "robur.commands.repl:main"),
    "dev": ("run a project in a live unikernel, reloading modules as you save them", "robur.commands.dev:main"),
    "tutorial": ("list, follow step by step, or --check the tutorials", "robur.commands.tutorial:main"),
    "server": ("the compile server that keeps build and check warm: start, stop, status, run",
               "robur.commands.server:main"),
    "bench": ("run the benchmarks in bench/ and write bench/RESULTS.md", "robur.commands.bench:main"),
}

USAGE = """usage: robur [--version] [--help] COMMAND [ARGS]

robur: single-purpose virtual machines from the core of OCaml, with a live loop.

commands:
{commands}

Run `robur COMMAND --help` for a command's options."""


def _usage() -> str:
    width = max(len(n) for n in COMMANDS)
    lines = [f"  {name:<{width}}  {text}" for name, (text, _) in COMMANDS.items()]
    return USAGE.format(commands="\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help", "help"):
        print(_usage())
        return 0 if args else 2
    if args[0] in ("-V", "--version", "version"):
        print(f"robur {__version__}")
        return 0
    name = args[0]
    if name not in COMMANDS:
        print(f"robur: unknown command '{name}'", file=sys.stderr)
        print(_usage(), file=sys.stderr)
        return 2
    module_name, function = COMMANDS[name][1].split(":")
    import importlib
    try:
        run = getattr(importlib.import_module(module_name), function)
        return int(run(args[1:]) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
