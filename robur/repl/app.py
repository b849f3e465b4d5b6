"""``robur repl``: the toplevel, every phrase compiled to x86-64 and run in a
live unikernel.

    robur repl [--no-prompt] [--accel kvm|tcg] [--memory MB] [--init FILE | --no-init]

Interactive (a terminal): a prompt_toolkit prompt with multi-line input that
ends at ``;;`` (the parser decides: robur.repl.reader), persistent history
and suggestions from it, Tab completion of the environment's names with
their types, highlighting (robur.repl.lexer), bracket matching, Ctrl-X
Ctrl-E to edit the input in $EDITOR.  The VM boots in the background while
the first phrase is typed.  Ctrl-C interrupts a running phrase (or clears
the input), Ctrl-D leaves.

``--no-prompt`` (or input that is not a terminal) reads a script from stdin
and prints exactly what ``ocaml -noprompt -nopromptcont`` prints, after
robur's banner.

At start, ``.roburinit`` in the current directory (else in
``$XDG_CONFIG_HOME/robur/init.ml``) is run like ``#use``, as OCaml runs
``.ocamlinit``.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Optional

from .. import __version__
from ..syntax.lexer import read_source

BANNER = f"        robur version {__version__} (the core of OCaml 4.13, native code in a unikernel)"


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="robur repl", description="The toplevel: phrases run as native "
                                 "code inside a live unikernel.")
    ap.add_argument("--no-prompt", action="store_true",
                    help="read a script from stdin, print what `ocaml -noprompt -nopromptcont` prints")
    ap.add_argument("--accel", choices=["kvm", "tcg"], default=None,
                    help="QEMU accelerator (default: KVM when usable, else TCG)")
    ap.add_argument("--memory", type=int, default=256, metavar="MB", help="VM memory (default 256)")
    ap.add_argument("--init", metavar="FILE", help="run FILE first instead of .roburinit")
    ap.add_argument("--no-init", action="store_true", help="do not run an init file")
    # handled by robur/repl/attach.py (robur/commands/repl.py routes it there)
    ap.add_argument("--attach", nargs="?", const=".", metavar="DIR",
                    help="run phrases in the VM of the `robur dev DIR` running (default DIR: .)")
    return ap


class _Boot:
    """Boots the live VM, possibly in the background: ``get()`` waits."""

    def __init__(self, accel: Optional[str], memory: int, quiet: bool) -> None:
        from ..vm.qemu import choose_accel
        # chosen now, in the main thread: its note (TCG, and why) comes
        # before the prompt rather than in the middle of it
        self.accel, self.memory, self.quiet = choose_accel(accel, quiet=quiet), memory, quiet
        self._thread: Optional[threading.Thread] = None
        self._machine = None
        self._error: Optional[BaseException] = None

    def _run(self) -> None:
        try:
            self._machine = start_machine(self.accel, self.memory, self.quiet)
        except BaseException as e:      # reported by get(), in the main thread
            self._error = e

    def background(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def get(self):
        if self._thread is not None:
            self._thread.join()
            self._thread = None
            if self._error is not None:
                e, self._error = self._error, None
                raise e
            m, self._machine = self._machine, None
            if m is not None:
                return m
        return start_machine(self.accel, self.memory, self.quiet)


def start_machine(accel: Optional[str], memory: int, quiet: bool):
    """Build (once, then from the cache) the live image and boot it."""
    from ..driver.build import Builder
    from ..vm.machine import Machine
    image = Builder(quiet=quiet).live_image()

    def console(data: bytes) -> None:        # kernel messages, a panic report
        sys.stderr.write(data.decode("utf-8", "replace"))
        sys.stderr.flush()
    m = Machine(image, accel=accel, memory_mb=memory, on_console=console, quiet=True)
    m.start()
    return m


def _init_file(args) -> Optional[Path]:
    if args.no_init:
        return None
    if args.init:
        return Path(args.init)
    local = Path(".roburinit")
    if local.is_file():
        return local
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    p = Path(base) / "robur" / "init.ml"
    return p if p.is_file() else None


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from ..vm.qemu import QemuNotFound, VMError
    interactive = not args.no_prompt and sys.stdin.isatty() and sys.stdout.isatty()
    boot = _Boot(args.accel, args.memory, quiet=not interactive)
    # QEMU boots while the compiler is imported and the Stdlib's interfaces
    # are loaded: the two overlap (start-up budget, bench/bench_repl.py)
    boot.background()
    from .toplevel import Quit, Toplevel

    def out(s: str) -> None:
        # robur's text holds one character per byte of the source and of
        # the program's strings: written back as those bytes, as OCaml does
        sys.stdout.flush()
        sys.stdout.buffer.write(s.encode("latin-1", "replace"))
        sys.stdout.buffer.flush()

    def program_output(fd: int, data: bytes) -> None:
        stream = sys.stdout if fd == 1 else sys.stderr
        stream.flush()
        stream.buffer.write(data)
        stream.buffer.flush()

    def err(s: str) -> None:
        sys.stderr.write(s)
        sys.stderr.flush()

    top = Toplevel(boot.get, out, err, program_output)
    try:
        init = _init_file(args)
        if not interactive:
            print(BANNER + "\n", flush=True)
            if init is not None:
                top.execute(f'#use "{init}";;')
            text = sys.stdin.buffer.read().decode("latin-1")
            return top.run_script(text)
        print(BANNER + "\n", flush=True)
        if init is not None:
            top.execute(f'#use "{init}";;')
        return interact(top)
    except Quit as q:
        return q.status
    except QemuNotFound as e:
        print(f"robur: {e}", file=sys.stderr)
        return 2
    except VMError as e:
        print(f"robur: the VM could not start: {e}", file=sys.stderr)
        return 2
    finally:
        top.close()


def interact(top) -> int:
    from .prompt import ReplPrompt, read_input
    from .toplevel import Quit
    from ..syntax.location import Source
    prompt = ReplPrompt(top)
    while True:
        try:
            text = read_input(prompt)
        except EOFError:
            print()
            top.at_exit()
            return 0
        if text is None:
            continue
        previous = signal.getsignal(signal.SIGINT)

        def on_sigint(signum, frame) -> None:
            if top.machine is not None:
                top.machine.request_interrupt()
        signal.signal(signal.SIGINT, on_sigint)
        try:
            from .reader import split_phrases
            phrases, rest = split_phrases(text)
            for p in phrases or []:
                top.execute(p.text, Source("//toplevel//", p.text, toplevel=True))
            if rest.strip() and not phrases:
                top.execute(rest)
        except Quit as q:
            if q.run_at_exit:
                top.at_exit()
            return q.status
        finally:
            signal.signal(signal.SIGINT, previous)
