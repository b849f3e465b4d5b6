"""Generate programs/p70_random_matches.ml and p76_random_matches_scalars.ml: many random matches over a
small recursive type (constructors, tuples, constants, or-patterns,
aliases, guards, wildcards), each run on every value of a fixed set, so
the decision trees of matching.py are compared with OCaml's on shapes
nobody wrote by hand.  The second program matches lists, chars (with
ranges), strings and arrays.  Deterministic (seeded); run it to regenerate."""
from __future__ import annotations

import random
from pathlib import Path

HEADER = """type t = A | B of int | C of t * t | D of bool | E of string
let values = [A; B 0; B 1; B 7; C (A, A); C (B 1, A); C (A, C (A, B 0)); C (D true, E "x");
              D true; D false; E "x"; E ""; E "yz"; C (E "", D false); C (C (A, A), B 7)]
let show_pair (a, b) = string_of_int a ^ "," ^ string_of_int b
"""


def pat(rng: random.Random, depth: int, binders: list[str], allow_vars: bool) -> str:
    r = rng.random()
    if depth <= 0 or r < 0.2:
        if allow_vars and rng.random() < 0.3:
            name = f"v{len(binders)}"
            binders.append(name)
            return name
        return "_"
    k = rng.choice("ABCDEO")
    if k == "A":
        return "A"
    if k == "B":
        return "B " + rng.choice(["0", "1", "7", "_", "(0 | 1)"])
    if k == "C":
        return f"C ({pat(rng, depth - 1, binders, allow_vars)}, {pat(rng, depth - 1, binders, allow_vars)})"
    if k == "D":
        return "D " + rng.choice(["true", "false", "_"])
    if k == "E":
        return "E " + rng.choice(['"x"', '""', "_", '("x" | "yz")'])
    # an or-pattern without variables
    return f"({pat(rng, depth - 1, [], False)} | {pat(rng, depth - 1, [], False)})"


def match(rng: random.Random, i: int) -> str:
    lines = [f"let m{i} x y = match x, y with"]
    for j in range(rng.randint(2, 7)):
        binders: list[str] = []
        p1 = pat(rng, 3, binders, True)
        p2 = pat(rng, 2, binders, True)
        alias = ""
        if rng.random() < 0.2:
            alias = f" as w{j}"
        guard = ""
        if binders and rng.random() < 0.4:
            guard = f" when compare {binders[0]} {binders[0]} = 0 && {rng.choice(['true', 'false', 'y = A'])}"
        lines.append(f"  | ({p1}), ({p2}){alias}{guard} -> {j}")
    lines.append("  | _ -> -1")
    return "\n".join(lines)


HEADER2 = """let lists = [[]; [0]; [1]; [0; 1]; [1; 0]; [2; 2; 2]; [5; 1; 0]]
let chars = ['a'; 'z'; 'M'; '0'; ' ']
let strings = [""; "a"; "ab"; "zz"]
let arrays = [[||]; [|0|]; [|1; 2|]; [|0; 0|]]
"""


def list_pat(rng: random.Random, depth: int, binders: list[str], allow_vars: bool = True) -> str:
    r = rng.random()
    if depth <= 0 or r < 0.25:
        if allow_vars and rng.random() < 0.3:
            name = f"l{len(binders)}"
            binders.append(name)
            return name
        return "_"
    if r < 0.4:
        return "[]"
    if r < 0.5:
        return "[" + "; ".join(rng.choice(["0", "1", "2", "_"]) for _ in range(rng.randint(1, 3))) + "]"
    if r < 0.6:
        return f"({list_pat(rng, depth - 1, [], False)} | {list_pat(rng, depth - 1, [], False)})"
    head = rng.choice(["0", "1", "2", "_", "(0 | 2)", "(1 as h)"])
    if head == "(1 as h)":
        if "h" in binders or not allow_vars:
            head = "1"
        else:
            binders.append("h")
    return f"({head} :: {list_pat(rng, depth - 1, binders, allow_vars)})"


def char_pat(rng: random.Random) -> str:
    return rng.choice(["'a'", "'a'..'m'", "'A'..'Z'", "('0'..'9' | ' ')", "_", "'z'", "('a' | 'z')"])


def string_pat(rng: random.Random) -> str:
    return rng.choice(['""', '"a"', '("ab" | "zz")', "_", '"zz"'])


def array_pat(rng: random.Random) -> str:
    return rng.choice(["[||]", "[|_|]", "[|0|]", "[|_; 2|]", "[|0; _|]", "_", "([|1; _|] | [|0; 0|])"])


def match2(rng: random.Random, i: int) -> str:
    lines = [f"let n{i} l c s a = match l, c, s, a with"]
    for j in range(rng.randint(2, 8)):
        binders: list[str] = []
        pats = [list_pat(rng, 3, binders), char_pat(rng), string_pat(rng), array_pat(rng)]
        guard = ""
        if binders and rng.random() < 0.5:
            extra = rng.choice(["c > (Char.chr 80)", 's = "a"', "true"])
            guard = f" when {binders[0]} = {binders[0]} && {extra}"
        lines.append("  | " + ", ".join(pats) + guard + f" -> {j}")
    lines.append("  | _ -> -1")
    return "\n".join(lines)


def main2() -> None:
    rng = random.Random(4131)
    n = 40
    body = [HEADER2] + [match2(rng, i) for i in range(n)]
    runs = ["let () ="]
    for i in range(n):
        runs.append(f"  List.iter (fun l -> List.iter (fun c -> List.iter (fun s -> List.iter (fun a -> "
                    f"print_int (n{i} l c s a)) arrays) strings) chars) lists; print_newline ();")
    runs.append("  ()")
    text = "\n".join(body + runs) + "\n"
    Path(__file__).resolve().parent.joinpath("programs", "p76_random_matches_scalars.ml").write_text(text)


def main() -> None:
    main2()
    rng = random.Random(2026)
    n = 60
    body = [HEADER] + [match(rng, i) for i in range(n)]
    runs = ["let () ="]
    for i in range(n):
        runs.append(f"  List.iter (fun x -> List.iter (fun y -> print_int (m{i} x y); print_char ' ') "
                    f"[A; D true; B 1; C (A, B 0); E \"x\"; B 7]) values; print_newline ();")
    runs.append("  ()")
    text = "\n".join(body + runs) + "\n"
    Path(__file__).resolve().parent.joinpath("programs", "p70_random_matches.ml").write_text(text)


if __name__ == "__main__":
    main()
