"""Random well-formed programs never crash the checker: each unit either
type-checks (and prints a signature) or gets a RoburError, nothing else."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from robur.syntax.location import RoburError
from robur.typing.checker import Checker
from robur.typing.printtyp import Session, signature_to_string

NAMES = ["x", "y", "f", "g", "l"]

atoms = st.sampled_from(["1", "2.5", "'c'", '"s"', "true", "()", "[]", "None", "x", "y", "f", "g",
                         "l", "( + )", "List.length", "List.map", "print_int", "ref 0",
                         "Some 1", "[|1; 2|]", "(fun z -> z)", "A", "B 3", "{ a = 1; b = x }"])


def _compound(children):
    binop = st.sampled_from(["+", "+.", "^", "::", "@", "=", "<", "&&", ";", "|>", ":="])
    return st.one_of(
        st.tuples(children, binop, children).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(children, children).map(lambda t: f"({t[0]} {t[1]})"),
        st.tuples(st.sampled_from(NAMES), children, children).map(
            lambda t: f"(let {t[0]} = {t[1]} in {t[2]})"),
        st.tuples(st.sampled_from(NAMES), children).map(lambda t: f"(fun {t[0]} -> {t[1]})"),
        st.tuples(children, children, children).map(lambda t: f"(if {t[0]} then {t[1]} else {t[2]})"),
        st.tuples(children, children).map(lambda t: f"({t[0]}, {t[1]})"),
        st.tuples(children, children, children).map(
            lambda t: f"(match {t[0]} with A -> {t[1]} | B n -> {t[2]})"),
        st.tuples(children, children).map(
            lambda t: f"(match {t[0]} with [] -> {t[1]} | h :: _ -> h)"),
        st.tuples(children).map(lambda t: f"[{t[0]}; {t[0]}]"),
        st.tuples(children).map(lambda t: f"({t[0]}).a"),
        st.tuples(children).map(lambda t: f"(Printf.sprintf \"%d %s\" {t[0]})"),
    )


exprs = st.recursive(atoms, _compound, max_leaves=12)

PRELUDE = ("type v = A | B of int\n"
           "type r = { a : int; mutable b : int }\n"
           "let x = 1 let y = 2 let f a = a let g a b = a + b let l = [1; 2]\n")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(NAMES + ["h", "k"]), exprs), min_size=1, max_size=4))
def test_random_programs_never_crash(items):
    text = PRELUDE + "".join(f"let {n} = {e}\n" for n, e in items)
    c = Checker()
    c.update({"fuzz.ml": text})
    u = c.units["Fuzz"]
    if u.error is None:
        signature_to_string(u.inferred, Session())
    else:
        assert isinstance(u.error, RoburError)
        u.error.message      # the text renders too


MODULE_ITEMS = [
    "module type S = sig type t val x : t end",
    "module type T = sig type t = int val x : t end",
    "module A = struct type t = int let x = 1 end",
    "module B : S = A", "module C : T = A", "module D = A",
    "module F (X : S) = struct type u = X.t list let y = [X.x] end",
    "module G = F (A)", 'module H = F (struct type t = string let x = "a" end)',
    "module I = F (F (A))", "module J : S with type t = int = A",
    "include A", "open A", "let z = A.x + 1", "let w = G.y", "let v = D.x",
    "module K = struct include A let q = x end", "module type U = module type of A",
    "module L : U = A", "type t = A.t", "let u : t = A.x", "exception E of A.t",
    "module M = Set.Make (Int)", "let s = M.add 1 M.empty", "module N = Map.Make (String)",
    'let n = N.find_opt "k" N.empty', "module P = (A : S)", "let p = P.x",
    "module Q = functor (X : S) -> functor (Y : S) -> struct let pair = (X.x, Y.x) end",
    "module QQ = Q (A) (B)", "let _ = let open A in x", "let _ = let module Z = F (A) in Z.y",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MODULE_ITEMS), min_size=1, max_size=8))
def test_random_module_programs_never_crash(items):
    c = Checker()
    c.update({"fm.ml": "\n".join(items) + "\n"})
    u = c.units["Fm"]
    if u.error is None:
        signature_to_string(u.inferred, Session())
    else:
        assert isinstance(u.error, RoburError)
        u.error.message
