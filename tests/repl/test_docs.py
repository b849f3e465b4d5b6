"""Documentation comments in the REPL: ``#doc`` and the completion menu's
help line (robur/typing/docs.py for the extraction rules)."""
from __future__ import annotations

from robur.repl.prompt import EnvCompleter, candidate_entries
from robur.repl.toplevel import Toplevel
from robur.syntax.parser import parse_phrase
from robur.typing import docs


def _top() -> tuple[Toplevel, list[str]]:
    out: list[str] = []

    def no_vm():
        raise AssertionError("#doc must not need the VM")
    return Toplevel(no_vm, out.append), out


def _run(top: Toplevel, text: str) -> None:
    top.execute(text)


def test_doc_of_a_stdlib_value_is_its_interface_comment():
    expected = docs.doc_at(_value_loc("nth"))
    assert expected, "stdlib/list.mli documents List.nth"
    top, out = _top()
    _run(top, "#doc List.nth;;")
    text = "".join(out)
    assert text.startswith("val nth : 'a list -> int -> 'a\n")
    assert "  " + expected.splitlines()[0] in text


def test_doc_of_a_module_and_of_unknown_names():
    top, out = _top()
    _run(top, "#doc List;;")
    assert "".join(out).startswith("module List\n  ") and "(no documentation)" not in "".join(out)
    out.clear()
    _run(top, "#doc no_such_name;;")
    assert "".join(out) == "Unknown element.\n"


def test_functor_results_keep_the_documentation_of_the_signature():
    from robur.typing.checker import Checker
    from robur.typing.types import MtySig, SigModule, SigValue
    checker = Checker()
    checker.update({"prog.ml": "module SM = Map.Make (String)\n"})
    sm = next(it for it in checker.units["Prog"].exported if isinstance(it, SigModule))
    assert isinstance(sm.mty, MtySig)
    add = next(it for it in sm.mty.items if isinstance(it, SigValue) and it.id.name == "add")
    assert add.desc.loc.file == "map.mli"
    assert docs.doc_at(add.desc.loc), "Map.S.add is documented and SM.add leads to it"


def test_completion_help_line_is_the_first_sentence():
    top, _ = _top()
    completer = EnvCompleter(top)
    entries = {text: (ns, e) for text, _, ns, e in candidate_entries(top, "List.nt")}
    completer.offered = entries
    line = completer.doc_line("List.nth")
    assert line and "\n" not in line and line == docs.first_sentence(docs.doc_at(_value_loc("nth")))
    assert completer.doc_line("List.not_offered") is None


def _value_loc(name: str):
    from robur.typing.stdlib_env import stdlib_units
    unit = stdlib_units()["Stdlib__List"]
    for it in unit.data.items:
        if getattr(it, "id", None) is not None and it.id.name == name and hasattr(it, "desc"):
            return it.desc.loc
    raise AssertionError(name)
