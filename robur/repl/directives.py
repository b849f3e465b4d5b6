"""Toplevel directives (``#use "f.ml";;``, ``#show x;;``...): what OCaml's
toplevel prints for those it has, and robur's own (``#stats``, ``#reset``,
``#typeof``).  Each returns whether it succeeded."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..syntax import ast as A
from ..syntax.lexer import read_source
from ..syntax.location import RoburError, Source, SyntaxError_
from ..syntax.parser import parse_implementation
from ..typing import printtyp
from ..typing.pformat import Doc
from ..typing.types import ConstrDecl, Ident, SigException, SigModType, SigModule, SigType, SigValue
from . import printval as PV

if TYPE_CHECKING:
    from .toplevel import Toplevel


def run_directive(top: "Toplevel", d: A.Directive, src: Source) -> bool:
    fn = DIRECTIVES.get(d.name)
    if fn is None:
        top.out(f"Unknown directive `{d.name}'.\n")
        return False
    return fn(top, d.arg)


def _quit(top: "Toplevel", arg) -> bool:
    from .toplevel import Quit
    raise Quit(0, run_at_exit=True)


def _help(top: "Toplevel", arg) -> bool:
    from .toplevel import HELP
    top.out(HELP + "\n")
    return True


def _int_setting(name: str) -> Callable:
    def run(top: "Toplevel", arg) -> bool:
        if not isinstance(arg, int):
            top.out(f"Directive `{name}' expects an `int' literal.\n")
            return False
        setattr(top.settings, name, arg)
        return True
    return run


def _use(top: "Toplevel", arg, as_module: bool = False) -> bool:
    """Run a file's phrases as if typed (``#use``), or the file as one
    module named after it (``#mod_use``)."""
    if not isinstance(arg, str):
        top.out("Directive `use' expects a `string' literal.\n")
        return False
    path = Path(arg)
    if not path.is_file():
        top.out(f"Cannot find file {arg}.\n")
        return False
    text = read_source(str(path))
    src = Source(arg, text)
    try:
        items = parse_implementation(text, arg)
    except SyntaxError_ as e:
        top._report(e, src)
        return False
    if as_module:
        name = path.stem.capitalize()
        wrapped = A.SModule(name=name, module=A.MStruct(items=items))
        return top.run_items([wrapped], text, src)
    # phrase by phrase, as the toplevel reads the file: each item on its own
    for it in items:
        if not top.run_items([it], text, src):
            return False
    return True


def _mod_use(top: "Toplevel", arg) -> bool:
    return _use(top, arg, as_module=True)


def _lid(arg) -> list[str] | None:
    if isinstance(arg, (list, tuple)) and all(isinstance(x, str) for x in arg):
        return list(arg)
    return None


def _find(top: "Toplevel", ns: str, lid: list[str]):
    from ..typing.lookup import lookup
    from ..typing.errors import TypingError
    from ..syntax.location import Location
    try:
        return lookup(top.compiler.checker.toplevel_env(), ns, lid, Location("", 0, 0, 1, 0, 1))
    except (TypingError, RoburError, LookupError):
        return None


def _items_for(top: "Toplevel", lid: list[str], kinds: str) -> list:
    """Signature items describing what ``lid`` names in each namespace of
    ``kinds`` (v values, t types, c exceptions, m modules, T module types)."""
    name = lid[-1]
    out = []
    for ns in kinds:
        e = _find(top, ns, lid)
        if e is None:
            continue
        if ns == "v":
            out.append(SigValue(Ident(name), e[1]))
        elif ns == "t":
            out.append(SigType(Ident(name), e[1]))
        elif ns == "c":
            if getattr(e, "type_path", 1) is None:      # an exception (type exn)
                out.append(SigException(Ident(name), ConstrDecl(name, list(e.args), e.record)))
        elif ns == "m":
            out.append(SigModule(Ident(name), e[1]))
        elif ns == "T":
            out.append(SigModType(Ident(name), e[1]))
    return out


def _show(kinds: str, what: str) -> Callable:
    def run(top: "Toplevel", arg) -> bool:
        lid = _lid(arg)
        if lid is None:
            top.out(f"Directive `{what}' expects a `identifier' literal.\n")
            return False
        items = _items_for(top, lid, kinds)
        if not items:
            top.out("Unknown element.\n")
            return False
        for it in items:
            d = Doc()
            printtyp.print_sig_item(d, it, top.session)
            top.out(d.render(margin=PV.MARGIN) + "\n")
        return True
    return run


def _typeof(top: "Toplevel", arg) -> bool:
    """robur's ``#typeof "expr";;``: the type of an expression, not run."""
    if not isinstance(arg, str):
        top.out("Directive `typeof' expects a `string' literal.\n")
        return False
    from ..syntax.parser import parse_phrase
    text = arg.strip().rstrip(";") + ";;"
    src = Source("//toplevel//", text, toplevel=True)
    try:
        parsed = parse_phrase(text)
        if isinstance(parsed, A.Directive) or len(parsed) != 1 or not isinstance(parsed[0], A.SEval):
            top.out("#typeof expects an expression.\n")
            return False
        checker = top.compiler.checker
        before = checker.toplevel_state()
        try:
            typed, _, _ = checker.add_phrase(parsed, text)
        finally:
            checker.restore_toplevel(before)
    except RoburError as e:
        top._report(e, src)
        return False
    t = typed.items[0].children[0].type
    names = printtyp.Names(top.session, scheme=True)
    names.reserve(t)
    d = Doc()
    d.open("b", 2).text("- :").brk(1, 0)
    printtyp.print_type(d, t, names)
    d.close()
    top.out(d.render(margin=PV.MARGIN) + "\n")
    return True


def _reset(top: "Toplevel", arg) -> bool:
    """A fresh VM and an empty environment."""
    from .phrase import PhraseCompiler
    top.close()
    top.compiler = PhraseCompiler()
    top.replay = []
    top.exceptions.clear()
    top.ensure_machine()
    return True


def _stats(top: "Toplevel", arg) -> bool:
    from ..vm.machine import MachineError
    try:
        m = top.ensure_machine()
        st = m.stats()
    except MachineError as e:
        top._vm_died(str(e))
        return False
    top.out(format_stats(m, st, top.loaded) + "\n")
    return True


def format_stats(machine, st, loaded) -> str:
    """``#stats``: the VM as robur sees it (the figures the VM reports in
    STATS_REPLY, docs/protocol.md); "n/a" where the VM has no figure."""
    from ..vm.protocol import StatsField as F

    def size(n: float) -> str:
        for unit in ("B", "KiB", "MiB", "GiB"):
            if n < 1024 or unit == "GiB":
                return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
            n /= 1024
        return str(n)

    def get(f, show=str) -> str:
        v = st.get(f)
        return "n/a" if v is None else show(v)
    words = st.get(F.HEAP_WORDS)
    heap = "n/a" if words is None else f"{size(words * 8)} ({words} words)"
    return "\n".join([
        f"VM: {machine.accel.upper()}, {machine.memory_mb} MiB, up {get(F.UPTIME_NS, lambda v: f'{v / 1e9:.1f} s')}"
        f" (booted in {machine.timing.boot_s * 1000:.0f} ms)",
        f"heap: {heap}; memory free {get(F.MEM_AVAILABLE, size)} (largest range {get(F.MEM_LARGEST, size)})",
        f"GC: {get(F.MINOR_COLLECTIONS)} minor, {get(F.MAJOR_COLLECTIONS)} major collections",
        f"code loaded: {loaded.phrases} phrase(s), {size(loaded.code_bytes)} code, {size(loaded.data_bytes)} data",
        f"control channel: {get(F.FRAMES_IN)} frames in ({get(F.BYTES_IN, size)}), {get(F.BYTES_OUT, size)} out",
    ])


DIRECTIVES: dict[str, Callable] = {
    "quit": _quit,
    "help": _help,
    "use": _use,
    "mod_use": _mod_use,
    "show": _show("vtcmT", "show"),
    "show_val": _show("v", "show_val"),
    "show_type": _show("t", "show_type"),
    "show_module": _show("m", "show_module"),
    "show_module_type": _show("T", "show_module_type"),
    "show_exception": _show("c", "show_exception"),
    "typeof": _typeof,
    "print_depth": _int_setting("print_depth"),
    "print_length": _int_setting("print_length"),
    "reset": _reset,
    "stats": _stats,
}
