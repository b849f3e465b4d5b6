let describe n =
  match n with
  | 0 -> "zero"
  | _ -> "nonzero"
  | 1 -> "one"
