type expr = Num of int | Neg of expr | Add of expr * expr

let rec simplify e =
  match e with
  | Neg (Neg e) -> simplify e
  | Neg e -> Neg (simplify e)
  | Add (Num 0, e) | Add (e, Num 0) -> simplify e
  | Add (a, b) -> Add (simplify a, simplify b)
  | Num _ -> e
