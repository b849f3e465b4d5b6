let name_of_digit n =
  match n with
  | 0 -> "zero"
  | 1 -> "one"
  | 2 -> "two"
