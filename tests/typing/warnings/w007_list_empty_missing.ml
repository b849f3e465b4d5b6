let head l =
  match l with
  | x :: _ -> x
