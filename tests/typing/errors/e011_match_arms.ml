let to_string = function
  | 0 -> "zero"
  | 1 -> "one"
  | n -> n
