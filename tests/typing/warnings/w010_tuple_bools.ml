let xor a b =
  match (a, b) with
  | (true, false) -> true
  | (false, true) -> true
  | (false, false) -> false
