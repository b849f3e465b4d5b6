"""The toplevel loop's engine, shared by ``robur repl`` (interactive) and
``robur repl --no-prompt`` (scripts): one phrase in, OCaml's toplevel output
out.

For each phrase: parse (a directive or structure items), type after the
phrases before (PhraseCompiler), compile to a unit object, and evaluate it
in the live VM (Machine.eval).  Then print what OCaml's toplevel prints:
the warnings, the program's own output (it arrives first), and either the
phrase's signature with values (``val x : int = 3``, ``- : int = 3``,
``type t = A``, ``module M : sig ... end``) or ``Exception: Not_found.``.
A phrase that fails to type changes nothing; one that raises is rolled
back.  Every successful phrase's source is kept, so that when the VM dies
the session can boot a new one and replay them (``recover``).

Script mode reproduces the toplevel's reading of stdin measured in
docs/toplevel-behaviour.md (line numbering per phrase, what a syntax error
discards, the blank line printed at end of input).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..link import toolchain
from ..syntax import ast as A
from ..syntax.location import Diagnostic, RoburError, Source, SyntaxError_
from ..syntax.parser import parse_phrase, parse_implementation
from ..syntax.lexer import read_source
from ..typing import printtyp
from ..typing.pformat import Doc
from ..typing.report import render
from ..typing.types import SigException, SigModule, SigValue, MtySig, Type
from . import printval as PV
from .phrase import TOPLEVEL_FILE, CompiledPhrase, PhraseCompiler
from .reader import Status, next_phrase

Writer = Callable[[str], None]

HELP = """\
Directives (robur's toplevel; OCaml's where they exist):
  #quit;;                 leave (Ctrl-D too)
  #use "file.ml";;        read, compile and run the phrases of a file
  #mod_use "file.ml";;    the same, wrapped in a module named after the file
  #show name;;            what a name is (value, type, module, exception)
  #show_type t;;  #show_module M;;  #show_val x;;  #show_exception E;;
  #typeof "expr";;        the type of an expression, without running it
  #doc name;;             a name's documentation (Stdlib and your .mli files)
  #print_depth n;;        nesting depth of printed values (default 100)
  #print_length n;;       number of printed value nodes (default 300)
  #reset;;                a fresh VM and an empty environment
  #stats;;                the VM: uptime, heap, GC counters, code loaded
  #trace f;;              trace the calls of f: arguments, results, exceptions
  #untrace f;;            stop tracing f (#untrace_all;; every function)
  #help;;                 this list"""


@dataclass
class Settings:
    print_depth: int = 100
    print_length: int = 300


@dataclass
class Loaded:
    """Code loaded into the current VM, for #stats."""
    phrases: int = 0
    code_bytes: int = 0
    data_bytes: int = 0


class Quit(Exception):
    """#quit, or exit called by the program: leave with ``status``."""

    def __init__(self, status: int = 0, run_at_exit: bool = False) -> None:
        super().__init__(status)
        self.status = status
        self.run_at_exit = run_at_exit     # #quit: the program has not exited itself


class Toplevel:
    def __init__(self, start_machine: Callable[[], object], out: Writer, err: Optional[Writer] = None,
                 program_output: Optional[Callable[[int, bytes], None]] = None) -> None:
        """``start_machine`` boots a live VM (robur.vm.machine.Machine);
        ``out`` receives the toplevel's output, ``err`` its notes (VM
        restarts), ``program_output`` the program's own writes (fd, bytes);
        by default they go to ``out``/``err`` as text."""
        self.start_machine = start_machine
        self.out = out
        self.err = err or out
        self.program_output = program_output or self._default_program_output
        self.settings = Settings()
        self.machine = None
        self.compiler = PhraseCompiler()
        toolchain.use_warm_assembler()     # each phrase is assembled on the user's path
        self.session = printtyp.Session()
        self.exceptions: dict[str, list[Type]] = {}
        self.replay: list[str] = []        # sources of the phrases that ran, in order
        self.loaded = Loaded()
        self.phrase_count = 0

    def _default_program_output(self, fd: int, data: bytes) -> None:
        (self.out if fd == 1 else self.err)(data.decode("latin-1"))

    # -- the VM ------------------------------------------------------------------------
    def ensure_machine(self):
        """The running VM, booted if there is none yet.  A VM that died
        under the session raises MachineError: the session's definitions
        live there, so the caller recovers them (``_vm_died``)."""
        if self.machine is not None and not self.machine.alive:
            from ..vm.machine import MachineError
            dead, self.machine = self.machine, None
            status = dead.proc.returncode if dead.proc is not None else None
            dead.close()
            raise MachineError(f"QEMU ended (exit status {status})")
        if self.machine is None:
            self.machine = self.start_machine()
            self.loaded = Loaded()
            if self.interactive:
                self._set_interactive(self.machine)
        return self.machine

    # OCaml's toplevel runs with Sys.interactive set; an attached session
    # (robur/dev/attach.py) shares the app's VM and leaves it alone.
    interactive = True

    def _set_interactive(self, machine) -> None:
        try:
            text = "Sys.interactive := true;;"
            items = parse_phrase(text, TOPLEVEL_FILE)
            assert isinstance(items, list)
            phrase = self.compiler.compile(items, text)
            machine.eval(phrase.unit, phrase.obj, None)
            self.compiler.commit(phrase)
        except Exception:       # noqa: BLE001 - a nicety: the session works without it
            pass

    def close(self) -> None:
        if self.machine is not None:
            self.machine.shutdown()
            self.machine = None

    # -- one phrase ----------------------------------------------------------------------
    def execute(self, text: str, src: Optional[Source] = None) -> bool:
        """Parse, type, compile and run one complete phrase (robur source
        text: one character per byte).  Prints everything; returns whether
        the phrase succeeded.  Raises Quit."""
        src = src or Source(TOPLEVEL_FILE, text, toplevel=True)
        warnings: list[Diagnostic] = []
        try:
            parsed = parse_phrase(text, TOPLEVEL_FILE, warnings)
        except SyntaxError_ as e:
            self._report(e, src)
            return False
        for w in warnings:
            self.out(render(w, src) + "\n")
        if isinstance(parsed, A.Directive):
            return self.directive(parsed, src)
        if not parsed:
            return True
        return self.run_items(parsed, text, src)

    def run_items(self, items: list[A.StructureItem], text: str, src: Source) -> bool:
        try:
            phrase = self.compiler.compile(items, text)
        except RoburError as e:
            self._report(e, src)
            return False
        except RecursionError:
            self.out("Error: the phrase is nested too deeply for robur's compiler\n")
            return False
        for w in phrase.warnings:
            self.out(render(w, src) + "\n")
        return self.run_compiled(phrase, text)

    def run_compiled(self, phrase: CompiledPhrase, text: str) -> bool:
        from ..vm.eval_proto import EvalException
        from ..vm.machine import MachineError, MachineExited
        from ..vm.qemu import VMError
        from ..vm.channel import RemoteError
        try:
            machine = self.ensure_machine()
            outcome = machine.eval(phrase.unit, phrase.obj, self.program_output, on_trace=self.trace_event)
        except MachineExited as e:
            self.compiler.rollback(phrase)
            self.machine = None
            if e.panicked:
                self._vm_died(str(e))
                return False
            raise Quit(e.code) from None
        except MachineError as e:
            self.compiler.rollback(phrase)
            self._vm_died(str(e))
            return False
        except RemoteError as e:
            # the VM's linker refused the object: a robur bug, said plainly
            self.compiler.rollback(phrase)
            self.err(f"robur: the VM refused the phrase's code: {e}\n")
            return False
        except Exception as e:
            # no VM could be built or booted (QEMU missing, a toolchain or
            # Stdlib build failure): the phrase did not run; nothing changed
            self.compiler.rollback(phrase)
            what = str(e) if isinstance(e, (VMError, OSError)) else f"{type(e).__name__}: {e}"
            self.err(f"robur: cannot start the VM: {what}\n")
            return False
        if isinstance(outcome, EvalException):
            self.compiler.rollback(phrase)
            self._print_exception(outcome.value)
            return False
        self.compiler.commit(phrase)
        self.replay.append(text)
        self.loaded.phrases += 1
        self.loaded.code_bytes += outcome.code_bytes
        self.loaded.data_bytes += outcome.data_bytes
        self._learn_exceptions(phrase.sig, "")
        self._print_results(phrase, outcome.value)
        return True

    # -- printing --------------------------------------------------------------------------
    def _report(self, e: RoburError, src: Source) -> None:
        self.out(render(e, src) + "\n")

    def _value_tree(self, v, t: Type) -> PV.Oval:
        return PV.tree_of_value(to_printval(v), t, steps=self.settings.print_length,
                                depth=self.settings.print_depth, exceptions=self.exceptions,
                                visible=self._visible)

    def _visible(self, ns: str, name: str):
        """The type path of the constructor or label ``name`` unqualified."""
        e = self.compiler.checker.toplevel_env().lookup(ns, name)
        return getattr(e, "type_path", None)

    def _print_results(self, phrase: CompiledPhrase, block) -> None:
        from ..vm.eval_proto import Block, Cut
        fields = block.fields if isinstance(block, Block) else ()
        cut = Cut()
        if phrase.expr_type is not None:
            names = printtyp.Names(self.session, scheme=True)
            names.reserve(phrase.expr_type)
            d = Doc()
            printtyp.print_type(d, phrase.expr_type, names)
            v = fields[0] if fields else cut
            self.out(PV.value_line(None, d, self._value_tree(v, phrase.expr_type)) + "\n")
            return
        for it in phrase.sig:
            if isinstance(it, SigValue) and it.id in phrase.slots and not it.desc.prims:
                pos = phrase.slots[it.id]
                names = printtyp.Names(self.session, scheme=True)
                names.reserve(it.desc.type)
                d = Doc()
                printtyp.print_type(d, it.desc.type, names)
                v = fields[pos] if pos < len(fields) else cut
                line = PV.value_line(printtyp.value_name(it.id.name), d, self._value_tree(v, it.desc.type))
                self.out(line + "\n")
            else:
                d = Doc()
                printtyp.print_sig_item(d, it, self.session)
                self.out(d.render(margin=PV.MARGIN) + "\n")

    def trace_event(self, ev) -> None:
        """A #trace event of the running phrase (directives.py prints it)."""
        from .directives import print_trace_event
        print_trace_event(self, ev)

    def _print_exception(self, value) -> None:
        v = to_printval(value)
        special = _SPECIAL_EXCEPTIONS.get(_exn_name(v) or "")
        if special is not None:
            self.out(special + "\n")
            return
        tree = PV.tree_of_value(v, _exn_type(), steps=self.settings.print_length,
                                depth=self.settings.print_depth, exceptions=self.exceptions,
                                visible=self._visible)
        d = Doc()
        d.open("b", 0).text("Exception:").brk(1, 0)
        PV.print_tree(d, tree)
        d.text(".").close()
        self.out(d.render(margin=PV.MARGIN) + "\n")

    def _learn_exceptions(self, sig, prefix: str) -> None:
        """Argument types of the exceptions defined so far, by the name the
        VM's exception block carries (``E``, ``M.E``)."""
        for it in sig:
            if isinstance(it, SigException):
                d = it.decl
                self.exceptions[prefix + it.id.name] = list(d.args) if d.record is None else \
                    PV.InlineRecord([(l.name, l.type) for l in d.record])
            elif isinstance(it, SigModule) and isinstance(it.mty, MtySig):
                self._learn_exceptions(it.mty.items, f"{prefix}{it.id.name}.")

    def _vm_died(self, message: str) -> None:
        """The VM died: say so, boot a new one, replay the session."""
        self.err(f"robur: the VM died: {message}\n")
        self.machine = None
        self.recover()
        self.err("robur: a new VM is running; the phrase that met the dead VM did not run\n")

    def recover(self) -> None:
        """A new VM with the session's definitions: every phrase that ran is
        compiled and run again, in order, its output not shown."""
        phrases, self.replay = self.replay, []
        self.compiler = PhraseCompiler(first=self.compiler.counter + 1)
        self.exceptions.clear()
        if not phrases:
            return
        self.err(f"robur: booting a new VM and replaying {len(phrases)} phrase(s)...\n")
        saved = (self.out, self.program_output)
        self.out = lambda s: None
        self.program_output = lambda fd, data: None
        try:
            for text in phrases:
                self.execute(text)
        finally:
            self.out, self.program_output = saved

    # -- directives ------------------------------------------------------------------------
    def directive(self, d: A.Directive, src: Source) -> bool:
        from .directives import run_directive
        return run_directive(self, d, src)

    # -- scripts ---------------------------------------------------------------------------
    def run_script(self, text: str) -> int:
        """Run every phrase of ``text`` as ``ocaml -noprompt`` reads stdin;
        returns the exit status."""
        try:
            for phrase_text, status in script_phrases(text):
                if status is Status.INCOMPLETE:     # end of input inside a phrase
                    self.out("\n")
                self.execute(phrase_text)           # a syntax error is reported there
            self.out("\n")
            self.at_exit()
            return 0
        except Quit as q:
            if q.run_at_exit:
                self.at_exit()
            return q.status

    def at_exit(self) -> None:
        """Run the program's at_exit functions in the VM, as the toplevel
        does when it ends (only if a VM ever ran a phrase)."""
        if self.machine is None or not self.machine.alive or not self.replay:
            return
        text = "Stdlib.do_at_exit ();;"
        try:
            phrase = self.compiler.compile(parse_phrase(text), text)   # type: ignore[arg-type]
            self.machine.eval(phrase.unit, phrase.obj, self.program_output)
        except Exception as e:          # leaving anyway: say what went wrong
            self.err(f"robur: at_exit functions failed: {e}\n")


def script_phrases(text: str):
    """The phrases of a script as the toplevel reads them: (text, status).
    The toplevel reads its input a line at a time and drops what is left
    of the line after each phrase (Lexing.flush_input), so every phrase
    starts at the beginning of a line, which is its line 1; after a syntax
    error the rest of the error's line is dropped (docs/toplevel-behaviour.md)."""
    pos = 0
    while pos < len(text):
        cut, status = next_phrase(text, pos)
        if cut is None:
            rest = text[pos:]
            if not _blank(rest):
                yield rest, Status.INCOMPLETE
            return
        phrase = text[pos:cut]
        yield phrase, status
        resume = pos + _error_end(phrase) if status is Status.ERROR else cut
        nl = text.find("\n", resume)
        if nl < 0:
            return
        pos = nl + 1


def _blank(s: str) -> bool:
    """Only blanks and comments."""
    from ..syntax.lexer import Lexer
    try:
        return not any(t.type != "EOF" for t in Lexer(s, "").tokens())
    except SyntaxError_:
        return False


def _error_end(phrase: str) -> int:
    try:
        parse_phrase(phrase)
    except SyntaxError_ as e:
        return e.loc.end
    return len(phrase)


# -- values from the VM to the printer --------------------------------------------------

def to_printval(root):
    """eval_proto's decoded value → printval's Value.  Iterative (lists of
    thousands of cells) and identity-preserving: a cyclic value stays
    cyclic, so the printer finds its <cycle>s."""
    from ..vm import eval_proto as E
    memo: dict[int, PV.Block] = {}
    work: list[tuple] = []

    def convert(v):
        if isinstance(v, E.Block):
            shell = memo.get(id(v))
            if shell is None:
                shell = memo[id(v)] = PV.Block(v.tag, [])     # type: ignore[arg-type]
                work.append((v, shell))
            return shell
        if isinstance(v, (int, float)):
            return v
        if isinstance(v, E.Str):
            return v.data
        if isinstance(v, E.FloatArray):
            return PV.FloatArray(tuple(v.items))
        if isinstance(v, E.Boxed):
            return PV.Boxed(v.value)
        if isinstance(v, E.Closure):
            return PV.Closure()
        if isinstance(v, E.Cut):
            return PV.CUT
        return PV.Abstract()
    out = convert(root)
    while work:
        v, shell = work.pop()
        shell.fields.extend(convert(x) for x in v.fields)
        shell.fields.extend([PV.CUT] * (v.size - len(v.fields)))
    return out


def _exn_name(v) -> Optional[str]:
    ident = v if isinstance(v, PV.Block) and v.tag == PV.OBJECT_TAG else \
        (v.fields[0] if isinstance(v, PV.Block) and v.fields else None)
    if isinstance(ident, PV.Block) and ident.fields and isinstance(ident.fields[0], bytes):
        return ident.fields[0].decode("latin-1")
    return None


# what the toplevel prints instead of "Exception: ..." for these
_SPECIAL_EXCEPTIONS = {
    "Stdlib.Sys.Break": "Interrupted.",
    "Stack_overflow": "Stack overflow during evaluation (looping recursion?).",
    "Out_of_memory": "Out of memory during evaluation.",
}


def _exn_type() -> Type:
    from ..typing import predef
    return predef.t_exn()
