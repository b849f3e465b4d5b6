type expr = Num of int | Add of expr * expr | Mul of expr * expr | Neg of expr
let rec eval = function
  | Num n -> n
  | Add (a, b) -> eval a + eval b
  | Mul (a, b) -> eval a * eval b
  | Neg e -> - (eval e)
and show = function
  | Num n -> string_of_int n
  | Add (a, b) -> "(" ^ show a ^ " + " ^ show b ^ ")"
  | Mul (a, b) -> show_factor a ^ " * " ^ show_factor b
  | Neg e -> "-" ^ show_factor e
and show_factor e = match e with Num _ -> show e | _ -> "(" ^ show e ^ ")"
let () =
  let e = Add (Mul (Num 2, Num 3), Neg (Add (Num 1, Num 1))) in
  print_endline (show e);
  print_int (eval e); print_newline ()
