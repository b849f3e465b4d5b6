(* A recursive-descent parser and evaluator over a token list *)
type token = Num of int | Plus | Times | Lp | Rp

type expr = Lit of int | Add of expr * expr | Mul of expr * expr

exception Parse_error of string

let rec parse_expr toks =
  let (lhs, rest) = parse_term toks in
  match rest with
  | Plus :: rest' -> let (rhs, r) = parse_expr rest' in (Add (lhs, rhs), r)
  | _ -> (lhs, rest)

and parse_term toks =
  let (lhs, rest) = parse_atom toks in
  match rest with
  | Times :: rest' -> let (rhs, r) = parse_term rest' in (Mul (lhs, rhs), r)
  | _ -> (lhs, rest)

and parse_atom = function
  | Num n :: rest -> (Lit n, rest)
  | Lp :: rest ->
    (match parse_expr rest with
     | (e, Rp :: rest') -> (e, rest')
     | _ -> raise (Parse_error "expected )"))
  | _ -> raise (Parse_error "unexpected token")

let rec eval = function
  | Lit n -> n
  | Add (a, b) -> eval a + eval b
  | Mul (a, b) -> eval a * eval b

let parse toks = match parse_expr toks with (e, []) -> e | _ -> raise (Parse_error "trailing tokens")

let () =
  Printf.printf "%d\n" (eval (parse [Num 2; Plus; Num 3; Times; Lp; Num 4; Plus; Num 1; Rp]))
