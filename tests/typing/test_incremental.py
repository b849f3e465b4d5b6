"""The checker's incrementality on a generated 20-unit project: a body-only
edit re-checks that unit alone; a change of its exported type re-checks it
and exactly the units that import it."""
from __future__ import annotations

from robur.typing.checker import Checker

N = 20


def _importers(k: int) -> list[int]:
    return [j for j in range(N) if k in _imports(j)]


def _imports(j: int) -> list[int]:
    return [i for i in (j - 1, j - 3) if i >= 0]


def _unit(i: int, body: str = "x + 1") -> str:
    lines = [f"(* unit {i} *)", f"type t = {{ id : int; name : string }}",
             f"let make n = {{ id = n; name = string_of_int n }}",
             f"let f x = {body}",
             f"let value = make {i}"]
    for k in _imports(i):
        lines.append(f"let use_{k} () = ignore (U{k:02d}.f); ignore (U{k:02d}.value.U{k:02d}.id)")
    lines += [f"let rec fact n = if n <= 1 then 1 else n * fact (n - 1)",
              f"let total = List.fold_left ( + ) 0 (List.map fact [1; 2; 3])"]
    return "\n".join(lines) + "\n"


def _project(edits: dict[int, str] | None = None) -> dict[str, str]:
    edits = edits or {}
    return {f"u{i:02d}.ml": _unit(i, edits.get(i, "x + 1")) for i in range(N)}


def test_first_update_checks_every_unit_in_dependency_order():
    c = Checker()
    rechecked = c.update(_project())
    assert sorted(rechecked) == sorted(f"U{i:02d}" for i in range(N))
    for i in range(N):
        for k in _imports(i):
            assert rechecked.index(f"U{k:02d}") < rechecked.index(f"U{i:02d}")
    assert not c.errors()


def test_body_edit_rechecks_only_that_unit():
    c = Checker()
    c.update(_project())
    assert c.update(_project({5: "(x * 2) + 1"})) == ["U05"]
    assert c.update(_project({5: "(x * 2) + 1"})) == []       # nothing changed
    assert c.update(_project()) == ["U05"]


def test_exported_type_change_rechecks_exactly_its_importers():
    c = Checker()
    c.update(_project())
    rechecked = c.update(_project({5: "x +. 1."}))
    assert rechecked == ["U05"] + [f"U{j:02d}" for j in sorted(_importers(5))]
    assert not c.errors()
    # the importers' own interfaces did not change: nothing further moved
    assert c.update(_project({5: "x +. 1."})) == []


def test_error_is_reported_and_fixed_incrementally():
    c = Checker()
    c.update(_project())
    c.update(_project({7: 'x + "one"'}))
    errs = c.errors()
    assert [u.name for u, _ in errs] == ["U07"]
    assert "This expression has type string" in errs[0][1].message
    assert all(c.units[f"U{j:02d}"].blocked for j in _importers(7))
    # fixed back to the old text: U07's interface is what its importers were
    # checked against, so only U07 is checked again
    assert c.update(_project()) == ["U07"]
    assert not c.errors() and not any(u.blocked for u in c.units.values())


def _project_sources():
    from pathlib import Path
    from robur.syntax.lexer import read_source
    d = Path(__file__).resolve().parent / "project"
    return {f.name: read_source(str(f)) for f in sorted(d.iterdir()) if f.suffix in (".ml", ".mli")}


def _render(c: Checker, name: str) -> tuple[str, list[str]]:
    from robur.syntax.location import Source
    from robur.typing.printtyp import Session, signature_to_string
    from robur.typing.report import render
    u = c.units[name]
    src = Source(u.ml_file, u.ml_text)
    sig = signature_to_string(u.inferred, Session()) if u.error is None else render(u.error, src)
    return sig, [render(w, src) for w in u.warnings]


def test_replayed_items_give_what_a_fresh_check_gives():
    """Edits inside scene.ml, checked incrementally (items before, and after
    an unchanged interface, are replayed) and from scratch: same results."""
    base = _project_sources()
    scene = base["scene.ml"]
    edits = [
        ("let z = List.length scene.layers in", "let z = List.length scene.layers + 0 in"),
        ("let z = List.length scene.layers in", "let z = List.length scene.layers in\n    let unused = 1 in"),
        ("let z = List.length scene.layers in", "let z = string_of_int (List.length scene.layers) in"),
        ("let z = List.length scene.layers in", "let z = List.length scene.layers + 1.0 in"),
        ("let create config", "let extra = function Some x -> x\nlet create config"),
    ]
    inc = Checker()
    inc.update(base)
    reference = _render(inc, "Scene")
    for old, new in edits:
        assert old in scene
        sources = dict(base)
        sources["scene.ml"] = scene.replace(old, new, 1)
        inc.update(sources)
        fresh = Checker()
        fresh.update(sources)
        assert _render(inc, "Scene") == _render(fresh, "Scene"), new
        inc.update(base)
        assert _render(inc, "Scene") == reference
