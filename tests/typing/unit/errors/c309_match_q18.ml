type t = A | B | C | D | E | F
let f = function A -> 1
