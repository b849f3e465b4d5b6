type expr = Num of int | Add of expr * expr | Mul of expr * expr | Neg of expr
let rec eval = function
  | Num n -> n
  | Add (a, b) -> eval a + eval b
  | Mul (a, b) -> eval a * eval b
  | Neg e -> - (eval e)
let rec show = function
  | Num n -> string_of_int n
  | Add (a, b) -> Printf.sprintf "(%s + %s)" (show a) (show b)
  | Mul (a, b) -> Printf.sprintf "(%s * %s)" (show a) (show b)
  | Neg e -> "-" ^ show e
let simplify = function Add (Num 0, e) | Add (e, Num 0) -> e | Mul (Num 1, e) -> e | e -> e
let rec is_even n = n = 0 || is_odd (n - 1) and is_odd n = n <> 0 && is_even (n - 1)
