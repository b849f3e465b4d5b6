"""Unit tests of the typing pieces: the Format engine, spelling hints,
format strings, type printing and the value restriction."""
from __future__ import annotations

import pytest

from robur.syntax.location import RoburError
from robur.typing.checker import Checker
from robur.typing.errors import spellcheck
from robur.typing.pformat import Doc
from robur.typing.printtyp import Session, signature_to_string


def sig(text: str) -> str:
    c = Checker()
    c.update({"t.ml": text})
    u = c.units["T"]
    if u.error is not None:
        raise u.error
    return signature_to_string(u.inferred, Session())


def test_format_hov_box_breaks_where_format_does():
    d = Doc().fmt("@[<2>val f :@ @[" + "aaaa ->@ " * 12 + "b@]@]")
    out = d.render(margin=40)
    assert out.splitlines()[0] == "val f :"
    assert all(len(l) < 40 for l in out.splitlines())
    assert out.splitlines()[1].startswith("  aaaa -> aaaa")


def test_format_hv_box_is_all_or_nothing():
    d = Doc().fmt("@[<hv 2>sig@ a@ b@;<1 -2>end@]")
    assert d.render() == "sig a b end"
    assert d.render(margin=6) == "sig\n  a\n  b\nend"


def test_spellcheck_follows_ocaml_distances():
    assert spellcheck(["map", "map2", "mapi", "iter"], "mapp") == ["map", "map2", "mapi"]
    assert spellcheck(["List"], "Lisst") == ["List"]
    assert spellcheck(["x"], "y") == []


@pytest.mark.parametrize("fmt, typ", [
    ('"%d %s"', "int -> string -> string"),
    ('"%5.2f|%x"', "float -> int -> string"),
    ('"%*d"', "int -> int -> string"),
    ('"%c%C%S%B%%"', "char -> char -> string -> bool -> string"),
    ('"%Ld %ld %nd"', "int64 -> int32 -> nativeint -> string"),
])
def test_sprintf_formats(fmt, typ):
    assert sig(f"let f = Printf.sprintf {fmt}") == f"val f : {typ}"


def test_value_restriction_and_weak_names():
    assert sig("let r = ref []\nlet m = List.map (fun x -> x)\nlet p = List.map (fun x -> (x, [])) ") == (
        "val r : '_weak1 list ref\nval m : '_weak2 list -> '_weak2 list\n"
        "val p : '_weak3 list -> ('_weak3 * 'a list) list")


def test_type_variable_names_follow_annotations():
    assert sig("let f (x : 'elt) y = (y, x)") == "val f : 'elt -> 'a -> 'a * 'elt"


def test_errors_are_values_rendered_lazily():
    with pytest.raises(RoburError) as info:
        sig('let x = 1 + "a"')
    assert info.value.message == ("This expression has type string but an expression was expected of type\n"
                                  "         int")


def test_typed_tree_records_types_and_names():
    c = Checker()
    c.update({"t.ml": "let f x = x + 1\nlet y = f 2\n"})
    items = c.units["T"].typed.items
    assert [i.kind for i in items] == ["SValue", "SValue"]
    app = items[1].children[0].expr
    assert app.kind == "Apply"
    assert app.children[0].kind == "Ident" and app.children[0].info[0].name == "f"


def test_module_alias_prints_as_alias_and_keeps_paths():
    assert sig("module H = Hashtbl\nlet t : (int, string) H.t = H.create 3") == (
        "module H = Hashtbl\nval t : (int, string) H.t")


def test_toplevel_phrases_share_the_checker_state():
    from robur.syntax.parser import parse_implementation
    c = Checker()
    c.update({"lib.ml": "let twice f x = f (f x)\n"})
    _, sig1, _ = c.add_phrase(parse_implementation("let y = Lib.twice succ 1", "//toplevel//"))
    assert signature_to_string(sig1, Session()) == "val y : int"
    _, sig2, _ = c.add_phrase(parse_implementation("let z = y + 1", "//toplevel//"))
    assert signature_to_string(sig2, Session()) == "val z : int"
    with pytest.raises(RoburError):
        c.add_phrase(parse_implementation('let w = z ^ ""', "//toplevel//"))
    _, sig3, _ = c.add_phrase(parse_implementation("let w = z * 2", "//toplevel//"))
    assert signature_to_string(sig3, Session()) == "val w : int"


def test_dependents_of_a_failed_unit_are_not_checked():
    c = Checker()
    c.update({"a.ml": 'let x = 1 + "a"\n', "b.ml": "let y = A.x\n"})
    assert c.units["A"].error is not None
    assert c.units["B"].blocked and c.units["B"].error is None
    assert c.update({"a.ml": "let x = 1\n", "b.ml": "let y = A.x\n"}) == ["A", "B"]
    assert signature_to_string(c.units["B"].inferred, Session()) == "val y : int"


def test_interface_constrains_the_unit():
    c = Checker()
    c.update({"a.ml": "type t = int\nlet make x = x\n", "a.mli": "type t\nval make : int -> t\n",
              "b.ml": "let v : A.t = A.make 1\nlet bad = v + 1\n"})
    assert c.units["A"].error is None
    err = c.units["B"].error
    assert err is not None and "A.t" in err.message
