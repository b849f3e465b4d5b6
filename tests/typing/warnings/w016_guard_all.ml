let classify l =
  match l with
  | [] -> "empty"
  | x :: _ when x > 0 -> "positive head"
