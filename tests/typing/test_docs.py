"""Extraction of documentation comments (robur/typing/docs.py)."""
from __future__ import annotations

import re

import pytest

from robur.typing import docs
from robur.typing.stdlib_env import STDLIB_DIR

TEXT = """\
(** The module. *)
type t
(** A t. *)
val f : int -> int
(** Doubles.
    Really. *)
(* an ordinary comment *)
module type S = sig
  type key
  val add : key -> int
  (** Adds. *)
  val plain : int
end
(** The S signature. *)
module M : S with type key = int
(** An M. *)
val g : int
(*** not a doc comment *)
"""


def _at(text: str, needle: str) -> int:
    return text.index(needle)


def test_after_form_attaches_to_the_item_before():
    d = docs.item_docs(TEXT)
    assert d[docs.MODULE] == "The module."
    assert d[_at(TEXT, "type t")] == "A t."
    assert d[_at(TEXT, "val f")] == "Doubles.\nReally."
    assert d[_at(TEXT, "val add")] == "Adds."
    assert _at(TEXT, "val plain") not in d
    # after the `end` of a signature: the module type it belongs to
    assert d[_at(TEXT, "module type S")] == "The S signature."
    # `with type` is not an item: the comment is M's
    assert d[_at(TEXT, "module M")] == "An M."
    assert _at(TEXT, "val g") not in d


def test_first_sentence():
    assert docs.first_sentence("Adds it.  Raises [Not_found]\nif absent.") == "Adds it."
    assert docs.first_sentence("No full stop") == "No full stop"


@pytest.mark.parametrize("mli", sorted(p.name for p in STDLIB_DIR.glob("*.mli")))
def test_every_stdlib_value_is_documented(mli):
    """issue 6: documentation comments in each .mli, for the REPL."""
    text = (STDLIB_DIR / mli).read_text(encoding="latin-1")
    d = docs.item_docs(text, mli)
    assert docs.MODULE in d, f"{mli}: no module documentation"
    missing = [m.group(2) for m in re.finditer(r"^( *)(?:val|external) +([a-z_][A-Za-z0-9_']*|\( *[^)]+\))",
                                                   text, re.M)
               if m.start(1) + len(m.group(1)) not in d]
    # inside a functor's result signature the items repeat the S ones
    assert not missing, f"{mli}: undocumented: {', '.join(missing[:10])}"
