"""Snapshot tests of key translations (printed with stable names, see
snapshot.py), and properties of the code pattern matching produces."""
from __future__ import annotations

from robur.lambda_ import ir as L
from robur.lambda_.simplify import children

from .snapshot import dump, translate


def test_variant_match_is_one_switch() -> None:
    assert dump("type t = A | B of int | C | D of string\n"
                "let f = function A -> 1 | B n -> n | C -> 3 | D _ -> 4") == """\
(let (f/1 (function f param/2
    (switch param/2
      case int 0:
        1
      case int 1:
        3
      case tag 0:
        (let (f/3 (field[0] param/2))
        f/3)
      case tag 1:
        4)))
  (setglobal[Snap] (makeblock[(0, False)] f/1)))"""


def test_or_pattern_shares_its_action() -> None:
    assert dump("type t = A | B | C | D\n"
                "let f = function A | B | C -> print_string \"abc\"; 1 | D -> 2") == """\
(let (f/1 (function f param/2
    (catch
      (switch param/2
        case int 0:
          (exit 1)
        case int 1:
          (exit 1)
        case int 2:
          (exit 1)
        case int 3:
          2)
      with (1)
      (seq (apply (field[29] (global Stdlib!))
          "abc")
        1))))
  (setglobal[Snap] (makeblock[(0, False)] f/1)))"""


def test_guard_falls_through_to_the_next_cases() -> None:
    assert dump('let f x = match x with 1 -> "a" | _ when x > 5 -> "b" | 2 | 3 -> "c" | _ -> "d"') == """\
(let (f/1 (function f x/2
    (catch
      (switch x/2
        case int 1:
          "a"
        default:
          (if (intcomp[gt] x/2 5)
          "b"
          (switch x/2
            case int 2:
              (exit 1)
            case int 3:
              (exit 1)
            default:
              "d")))
      with (1)
      "c")))
  (setglobal[Snap] (makeblock[(0, False)] f/1)))"""


def test_curried_function_and_function_keyword_merge() -> None:
    assert dump("let f x = function Some y -> x + y | None -> x") == """\
(let (f/1 (function f x/2 param/3
    (switch param/3
      case int 0:
        x/2
      case tag 0:
        (let (f/4 (field[0] param/3))
        (addint x/2 f/4)))))
  (setglobal[Snap] (makeblock[(0, False)] f/1)))"""


def test_tail_calls_are_marked() -> None:
    assert dump("let add x y = x + y\n"
                "let rec loop i acc = if i = 0 then acc else loop (i - 1) (add acc i)") == """\
(let (add/1 (function add x/2 y/3
    (addint x/2 y/3)))
  (letrec (loop/4 (function loop i/5 acc/6
      (if (intcomp[eq] i/5 0)
        acc/6
        (apply[tail] loop/4
          (subint i/5 1)
          (apply add/1
            acc/6
            i/5)))))
    (setglobal[Snap] (makeblock[(0, False)] add/1 loop/4))))"""


def test_comparisons_are_specialised_by_type() -> None:
    assert dump("let f (x : int) y = x = y\nlet g (x : float) y = x < y\n"
                "let h (x : string) y = compare x y\nlet k x y = x <> y") == """\
(let (f/1 (function f x/2 y/3
    (intcomp[eq] x/2 y/3)))
  (let (g/4 (function g x/5 y/6
      (floatcomp[lt] x/5 y/6)))
    (let (h/7 (function h x/8 y/9
        (ccall[caml_string_compare] x/8 y/9)))
      (let (k/10 (function k x/11 y/12
          (ccall[caml_notequal] x/11 y/12)))
        (setglobal[Snap] (makeblock[(0, False)] f/1 g/4 h/7 k/10))))))"""


def test_exceptions_constants_and_other_units() -> None:
    assert dump("exception E of int\nlet l = [1; 2]\nlet x = List.length l") == """\
(let (E/1 (makeblock[(248, False)] "Snap.E" (ccall[caml_fresh_oo_id] 0)))
  (let (l/2 [0: 1 [0: 2 0]])
    (let (x/3 (apply (field[0] (global Stdlib__List!))
        l/2))
      (setglobal[Snap] (makeblock[(0, False)] E/1 l/2 x/3)))))"""
    # another unit's value is loaded from its module block at the use
    assert dump("let x = Other.v + 1", others={"other.ml": "let u = 0\nlet v = 2"}) == """\
(let (x/1 (addint (field[1] (global Other!)) 1))
  (setglobal[Snap] (makeblock[(0, False)] x/1)))"""


def test_try_reraises_when_no_case_matches() -> None:
    assert dump("let f g x = try g x with Not_found -> 0") == """\
(let (f/1 (function f g/2 x/3
    (try
      (apply g/2
        x/3)
      with exn/4
      (if (intcomp[eq] exn/4 (getglobal[caml_exn_Not_found]))
        0
        (raise[reraise] exn/4)))))
  (setglobal[Snap] (makeblock[(0, False)] f/1)))"""


def test_unit_block_follows_the_interface_order() -> None:
    assert dump("let a = 1\nlet b = 2\nlet c = 3", others={"snap.mli": "val c : int\nval a : int"}) == """\
(let (a/1 1)
  (let (b/2 2)
    (let (c/3 3)
      (setglobal[Snap] (makeblock[(0, False)] c/3 a/1)))))"""


def size(t: L.Lam) -> int:
    return 1 + sum(size(c) for c in children(t))


def test_no_exponential_code_for_wildcard_diagonals() -> None:
    """Each row tests a different column (the classic case where decision
    trees that copy rows grow as 2^n): the code grows polynomially."""
    def program(n: int) -> str:
        cols = ", ".join(f"x{i}" for i in range(n))
        rows = "\n".join("  | " + ", ".join("A" if j == i else "_" for j in range(n)) + f" -> {i}"
                         for i in range(n))
        return f"type t = A | B\nlet f {' '.join(f'x{i}' for i in range(n))} = match {cols} with\n{rows}\n  | _ -> -1"
    small, big = size(translate(program(6))), size(translate(program(12)))
    assert big < 5 * small, (small, big)


def test_no_exponential_code_for_or_patterns_in_every_column() -> None:
    def program(n: int) -> str:
        pats = ", ".join("(A | B)" for _ in range(n))
        args = " ".join(f"x{i}" for i in range(n))
        return f"type t = A | B | C\nlet f {args} = match {', '.join(args.split())} with {pats} -> 1 | _ -> 0"
    small, big = size(translate(program(6))), size(translate(program(12)))
    assert big < 3 * small, (small, big)


def check_invariants(t: L.Lam) -> None:
    """Every variable is bound once; every static exit jumps to an
    enclosing handler of the same function, with matching arity."""
    bound: set[L.Var] = set()

    def bind(v: L.Var) -> None:
        assert v not in bound, f"{v} bound twice"
        bound.add(v)

    def walk(x: L.Lam, handlers: dict[int, int]) -> None:
        if isinstance(x, L.Function):
            for p in x.params:
                bind(p)
            walk(x.body, {})
            return
        if isinstance(x, L.Let):
            bind(x.var)
        elif isinstance(x, L.LetRec):
            for v, _ in x.bindings:
                bind(v)
        elif isinstance(x, L.For):
            bind(x.var)
        elif isinstance(x, L.TryWith):
            bind(x.exn)
        elif isinstance(x, L.StaticRaise):
            assert handlers.get(x.label) == len(x.args), f"exit {x.label} has no handler here"
        elif isinstance(x, L.StaticCatch):
            for p in x.params:
                bind(p)
            walk(x.body, {**handlers, x.label: len(x.params)})
            walk(x.handler, handlers)
            return
        for c in children(x):
            walk(c, handlers)
    walk(t, {})


def test_invariants_hold_on_every_program() -> None:
    from .harness import PROGRAMS, NotTyped, program_sources, translate_sources
    from .test_programs import KNOWN_GAPS
    for path in sorted(PROGRAMS.iterdir()):
        if path.name in KNOWN_GAPS:
            continue
        try:
            units = translate_sources(program_sources(path))
        except NotTyped:
            continue
        for u in units:
            check_invariants(u)


def test_module_alias_of_another_unit_is_loaded_at_each_use() -> None:
    text = dump("module O = Other\nlet f () = O.v", others={"other.ml": "let u = 0\nlet v = 2"})
    assert "(field[1] (global Other!))" in text.split("function f")[1], text
