let f x =
  match x
  | 0 -> "zero"
  | _ -> "other"
