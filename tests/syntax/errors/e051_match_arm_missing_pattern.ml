let f = function
  | 0 -> "zero"
  | -> "other"
