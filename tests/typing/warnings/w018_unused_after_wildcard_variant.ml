type t = A | B | C

let f = function
  | A -> 1
  | B | C -> 2
  | C -> 3
