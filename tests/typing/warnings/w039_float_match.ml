let describe x =
  match x with
  | 0.0 -> "zero"
  | 1.0 -> "one"
