let combine a b =
  match (a, b) with
  | (Some x, Some y) -> x + y
  | (Some x, None) -> x
  | (None, Some y) -> y
  | (None, None) -> 0
  | (Some _, _) -> -1
