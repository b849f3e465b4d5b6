"""Toplevel directives (``#use "f.ml";;``, ``#show x;;``...): what OCaml's
toplevel prints for those it has, and robur's own (``#stats``, ``#reset``,
``#typeof``, ``#doc``).  Each returns whether it succeeded."""
from __future__ import annotations

import os
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

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


def description_doc(ns: str, e) -> Optional[str]:
    """The documentation comment of what an environment entry describes:
    a value or type by its location, a Stdlib module by its interface."""
    from ..typing import docs
    from ..typing.types import MtyAlias
    if ns in ("v", "t"):
        return docs.doc_at(getattr(e[1], "loc", None))
    if ns == "c":
        return docs.doc_at(getattr(e, "loc", None))
    if ns == "m":
        mty = e[1]
        if isinstance(mty, MtyAlias) and isinstance(mty.path, Ident):
            unit = mty.path.name
        elif isinstance(e[0], Ident):
            unit = e[0].name
        else:
            return None
        if unit == "Stdlib":
            return docs.module_doc("stdlib.mli")
        if unit.startswith("Stdlib__"):
            return docs.module_doc(unit[len("Stdlib__"):].lower() + ".mli")
    return None


def _doc(top: "Toplevel", arg) -> bool:
    """robur's ``#doc name;;``: what #show says of a name, each item
    followed by its documentation comment."""
    lid = _lid(arg)
    if lid is None:
        top.out("Directive `doc' expects a `identifier' literal.\n")
        return False
    found = False
    for ns in "vtcm":
        e = _find(top, ns, lid)
        if e is None:
            continue
        items = _items_for(top, lid, ns)
        if not items:
            continue
        found = True
        d = Doc()
        it = items[0]
        if isinstance(it, SigModule):
            top.out(f"module {'.'.join(lid)}\n")
        else:
            printtyp.print_sig_item(d, it, top.session)
            top.out(d.render(margin=PV.MARGIN) + "\n")
        text = description_doc(ns, e)
        if text is None:
            top.out("  (no documentation)\n")
        else:
            top.out("".join(f"  {line}\n" if line else "\n" for line in text.splitlines()))
    if not found:
        top.out("Unknown element.\n")
    return found


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


def format_stats(machine, st, loaded, code: Optional[str] = None) -> str:
    """``#stats``: the VM as robur sees it (the figures the VM reports in
    STATS_REPLY, docs/protocol.md); "n/a" where the VM has no figure.
    ``code`` replaces the line about the phrases loaded (``robur dev``
    loads modules)."""
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
        code or f"code loaded: {loaded.phrases} phrase(s), {size(loaded.code_bytes)} code, "
                f"{size(loaded.data_bytes)} data",
        f"control channel: {get(F.FRAMES_IN)} frames in ({get(F.BYTES_IN, size)}), {get(F.BYTES_OUT, size)} out",
    ])


# -- #trace, #untrace, #untrace_all ----------------------------------------------------
#
# OCaml's toplevel instruments the traced closure in place.  robur rebinds
# the traced value's field (of the phrase's, the module's or the Stdlib
# unit's block; every use from another unit loads it there) to a wrapper
# compiled as a phrase.  The wrapper calls the original function and
# reports the argument, the result or the exception through the primitive
# caml_robur_trace, which sends a TRACE frame (docs/protocol.md,
# "Tracing"); the host prints it here by the static type recorded for the
# trace point, with the toplevel's printer, between the program's output.
# A curried function gets one trace point per arrow (f, f*, f**...), as
# OCaml's instrument_result.  Recursive calls inside a phrase's `let rec`
# go through the phrase's block (phrase.py, _route_recursion), so they are
# traced as in OCaml.

@dataclass
class TracePoint:
    name: str                  # as printed: "f", "f*", "M.f**"
    arg: object                # the argument's static type
    res: object                # the result's


@dataclass
class Traced:
    path: object               # the value's path when #trace ran (#untrace finds it by path)
    unit: str                  # the wrapper's phrase: field `pos` holds (original, wrapper)
    pos: int


@dataclass
class TraceState:
    compiler: object           # the PhraseCompiler (the VM session) the wrappers belong to
    points: dict = dataclass_field(default_factory=dict)    # id -> TracePoint
    traced: list = dataclass_field(default_factory=list)    # Traced, newest first
    next_id: int = 1


def _trace_state(top: "Toplevel") -> TraceState:
    """The session's traced functions; none once the VM or the environment
    was replaced (#reset, a VM that died)."""
    st = getattr(top, "traces", None)
    if st is None or st.compiler is not top.compiler:
        st = top.traces = TraceState(top.compiler)
    return st


def print_trace_event(top: "Toplevel", ev) -> None:
    """``f <-- v``, ``f --> v`` or ``f raises E`` for a TRACE frame, as
    OCaml's trace.ml prints them (a box of indent 2); an unknown trace
    point or a value that does not print is ignored."""
    from ..vm.protocol import TraceEvent
    from .toplevel import _exn_type, to_printval
    st = getattr(top, "traces", None)
    point = st.points.get(ev.point) if st is not None else None
    if point is None:
        return
    try:
        if ev.event == TraceEvent.CALL:
            word, tree = "<--", top._value_tree(ev.value, point.arg)
        elif ev.event == TraceEvent.RETURN:
            word, tree = "-->", top._value_tree(ev.value, point.res)
        else:
            word = "raises"
            tree = PV.tree_of_value(to_printval(ev.value), _exn_type(), steps=top.settings.print_length,
                                    depth=top.settings.print_depth, exceptions=top.exceptions,
                                    visible=top._visible)
        d = Doc()
        d.open("b", 2).text(f"{point.name} {word}").brk(1, 0)
        PV.print_tree(d, tree)
        d.close()
        line = d.render(margin=PV.MARGIN)
    except Exception:           # a value the printer cannot read: not worth a crash
        return
    top.out(line + "\n")


def _run_internal(top: "Toplevel", phrase):
    """Run a phrase #trace made; the outcome, or None when it did not run
    (the error was reported)."""
    from ..vm.channel import RemoteError
    from ..vm.eval_proto import EvalException
    from ..vm.machine import MachineError
    try:
        outcome = top.ensure_machine().eval(phrase.unit, phrase.obj, top.program_output)
    except MachineError as e:
        top._vm_died(str(e))
        return None
    except RemoteError as e:
        top.err(f"robur: the VM refused the phrase's code: {e}\n")
        return None
    if isinstance(outcome, EvalException):
        top._print_exception(outcome.value)
        return None
    return outcome


def _field_of(tr, path):
    """(the block's lambda, the field) holding the value at ``path``."""
    from ..lambda_ import ir as L
    lam = tr.path_lam(path)
    if isinstance(lam, L.Prim) and lam.op == "field" and isinstance(lam.arg, int):
        return lam.args[0], lam.arg
    return None


def _wrapper_value(entry: Traced, which: int):
    """The original closure (0) or the wrapper (1) of a traced function."""
    from ..lambda_ import ir as L
    pair = L.Prim("field", [L.Global(unit=entry.unit)], entry.pos)
    return L.Prim("field", [pair], which)


def _store(top: "Toplevel", tr, path, value):
    """Code that binds the value at ``path`` to ``value``: its field, and
    the field its recursive calls go through if it is a module's `let rec`
    function (phrase.py, _route_recursion)."""
    from ..lambda_ import ir as L
    where = _field_of(tr, path)
    if where is None:
        return L.Const(L.CInt(0))
    places = [where]
    route = top.compiler.routes.get(path)
    if route is not None:
        places.append((L.Global(unit=route[0]), route[1]))
    lam = None
    for block, pos in places:
        store = L.Prim("ccall", [block, L.Const(L.CInt(pos)), value], L.External("caml_robur_trace_store", 3))
        lam = store if lam is None else L.Seq(lam, store)
    return lam


def _function_bindings(top: "Toplevel") -> list[tuple[str, int]]:
    """The fields of the visible toplevel bindings of function type: an
    alias of a traced function (``let g = f``) holds the same closure,
    which OCaml's #trace instruments in place; robur rebinds it too."""
    from ..typing.types import ARROW
    from ..typing.unify import expand_head
    env = top.compiler.checker.toplevel_env()
    out = []
    for name in env.names("v"):
        e = env.lookup("v", name)
        if not isinstance(e, tuple) or len(e) != 2:
            continue
        path, desc = e
        slot = top.compiler.outer.get(path) if isinstance(path, Ident) else None
        if slot is not None and not getattr(desc, "prims", None) and expand_head(desc.type).kind == ARROW:
            out.append(slot)
    return out


def _rebind_aliases(top: "Toplevel", entry: Traced, old: int, new: int, lam):
    """After ``lam``: every function binding whose value is the closure
    ``old`` of entry (0 original, 1 wrapper) is bound to ``new``."""
    from ..lambda_ import ir as L
    for unit, pos in _function_bindings(top):
        here = L.Prim("field", [L.Global(unit=unit)], pos)
        same = L.Prim("intcomp", [here, _wrapper_value(entry, old)], "eq")
        store = L.Prim("ccall", [L.Global(unit=unit), L.Const(L.CInt(pos)), _wrapper_value(entry, new)],
                       L.External("caml_robur_trace_store", 3))
        lam = L.Seq(lam, L.If(same, store, L.Const(L.CInt(0))))
    return lam


def _trace_arg(top: "Toplevel", arg, what: str):
    """The traced name's longident and its (path, description), or None
    after printing OCaml's message."""
    lid = _lid(arg)
    if lid is None:
        top.out(f"Wrong type of argument for directive `{what}'.\n")
        return None
    e = _find(top, "v", lid)
    if e is None:
        top.out(f"Unbound value {'.'.join(lid)}.\n")
        return None
    return lid, e


def _already_traced(top: "Toplevel", st: TraceState, path) -> Optional[Traced]:
    """The entry whose closure (original or wrapper) the value at ``path``
    is, as OCaml's is_traced compares closures; found in the VM."""
    if not st.traced:
        return None
    from ..lambda_ import ir as L

    def build(tr):
        v = L.Var.fresh("v")
        test: L.Lam = L.Const(L.CInt(0))
        for i, entry in reversed(list(enumerate(st.traced))):
            same = L.Prim("sequor", [L.Prim("intcomp", [L.Local(v), _wrapper_value(entry, 0)], "eq"),
                                     L.Prim("intcomp", [L.Local(v), _wrapper_value(entry, 1)], "eq")])
            test = L.If(same, L.Const(L.CInt(i + 1)), test)
        return L.Let(v, tr.path_lam(path), test)
    outcome = _run_internal(top, top.compiler.compile_lambda(build))
    if outcome is None:
        return None
    from ..vm.eval_proto import Block
    k = outcome.value.fields[0] if isinstance(outcome.value, Block) and outcome.value.fields else 0
    return st.traced[k - 1] if isinstance(k, int) and 0 < k <= len(st.traced) else None


def _wrapper_source(value: str, ids: list[int]) -> str:
    """The phrase that makes (original, wrapper) for a function with
    len(ids) arrows: each level reports its argument, then its result or
    exception, and wraps the function it returns in the next level."""
    def level(i: int, fn: str) -> str:
        if i == len(ids):
            return fn
        x, r, e, k = f"__robur_x{i}", f"__robur_r{i}", f"__robur_e{i}", ids[i]
        return (f"(fun {x} -> __robur_trace {k} 0 {x}; "
                f"let {r} = (try {fn} {x} with {e} -> __robur_trace {k} 2 {e}; raise {e}) in "
                f"__robur_trace {k} 1 {r}; {level(i + 1, r)})")
    return ('external __robur_trace : int -> int -> \'a -> unit = "caml_robur_trace"\n'
            f"let __robur_traced = let __robur_f = {value} in (__robur_f, {level(0, '__robur_f')});;")


def _trace(top: "Toplevel", arg) -> bool:
    from ..syntax.parser import parse_phrase
    from ..typing.types import ARROW
    from ..typing.unify import expand_head
    found = _trace_arg(top, arg, "trace")
    if found is None:
        return False
    lid, (path, desc) = found
    name = ".".join(lid)
    if desc.prims:
        top.out(f"{name} is an external function and cannot be traced.\n")
        return False
    arrows = []
    t = desc.type
    while True:
        h = expand_head(t)
        if h.kind != ARROW:
            break
        arrows.append((h.args[0], h.args[1]))
        t = h.args[1]
    where = _field_of(_probe_translator(top), path)
    if not arrows or where is None:
        top.out(f"{name} is not a function.\n")
        return False
    st = _trace_state(top)
    old = _already_traced(top, st, path)
    if old is not None:
        top.out(f"{printtyp.path_name(path)} is already traced (under the name {printtyp.path_name(old.path)}).\n")
        return False
    ids = list(range(st.next_id, st.next_id + len(arrows)))
    value = ".".join(lid[:-1] + [printtyp.value_name(lid[-1])])
    text = _wrapper_source(value, ids)
    compiler = top.compiler
    try:
        items = parse_phrase(text)
        phrase = compiler.compile(items, text)    # type: ignore[arg-type]
    except RoburError as e:
        top.err(f"robur: cannot trace {name}: {e}\n")
        return False
    compiler.rollback(phrase)                     # its names are not the user's
    outcome = _run_internal(top, phrase)
    if outcome is None:
        return False
    pos = next(p for i, p in phrase.slots.items() if i.name == "__robur_traced")
    entry = Traced(path, phrase.unit, pos)
    done = _run_internal(top, compiler.compile_lambda(
        lambda tr: _rebind_aliases(top, entry, 0, 1, _store(top, tr, path, _wrapper_value(entry, 1)))))
    if done is None:
        return False
    st.next_id += len(arrows)
    for i, (a, r) in enumerate(arrows):
        st.points[ids[i]] = TracePoint(name + "*" * i, a, r)
    st.traced.insert(0, entry)
    top.out(f"{name} is now traced.\n")
    return True


def _probe_translator(top: "Toplevel"):
    from ..lambda_.translcore import Translator
    from .phrase import TOPLEVEL_FILE
    tr = Translator("TOP0", TOPLEVEL_FILE)
    tr.prefix = ""
    tr.toplevel = True
    tr.outer = top.compiler.outer
    return tr


def _untrace(top: "Toplevel", arg) -> bool:
    found = _trace_arg(top, arg, "untrace")
    if found is None:
        return False
    lid, (path, _desc) = found
    name = ".".join(lid)
    st = _trace_state(top)
    entry = next((t for t in st.traced if t.path == path), None)
    if entry is None:
        top.out(f"{name} was not traced.\n")
        return False
    if not _restore(top, [entry]):
        return False
    st.traced.remove(entry)
    top.out(f"{name} is no longer traced.\n")
    return True


def _restore(top: "Toplevel", entries: list[Traced]) -> bool:
    """Put the original closures back where #trace put the wrappers."""
    from ..lambda_ import ir as L

    def build(tr):
        lam: L.Lam = L.Const(L.CInt(0))
        for entry in entries:
            lam = L.Seq(_rebind_aliases(top, entry, 1, 0, _store(top, tr, entry.path, _wrapper_value(entry, 0))),
                        lam)
        return lam
    return _run_internal(top, top.compiler.compile_lambda(build)) is not None


def _untrace_all(top: "Toplevel", arg) -> bool:
    if arg is not None:
        top.out("Wrong type of argument for directive `untrace_all'.\n")
        return False
    st = _trace_state(top)
    if st.traced and not _restore(top, st.traced):
        return False
    # the printer tells apart different definitions of one name: f, f/2...
    seen: dict[str, list] = {}
    for entry in st.traced:
        shown = printtyp.path_name(entry.path)
        paths = seen.setdefault(shown, [])
        if entry.path not in paths:
            paths.append(entry.path)
        n = paths.index(entry.path)
        top.out(f"{shown if n == 0 else f'{shown}/{n + 1}'} is no longer traced.\n")
    st.traced.clear()
    return True


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
    "doc": _doc,
    "print_depth": _int_setting("print_depth"),
    "print_length": _int_setting("print_length"),
    "reset": _reset,
    "stats": _stats,
    "trace": _trace,
    "untrace": _untrace,
    "untrace_all": _untrace_all,
}
