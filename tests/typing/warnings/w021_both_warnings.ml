type token = Int of int | Plus | Minus | Eof

let show = function
  | Int n -> string_of_int n
  | Plus -> "+"
  | Int 0 -> "zero"
