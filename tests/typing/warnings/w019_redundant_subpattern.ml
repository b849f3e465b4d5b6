type t = A | B | C

let g = function
  | A | B -> "ab"
  | C | A -> "c"
