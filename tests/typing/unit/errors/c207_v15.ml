type t = A | B
let f = function A -> 1
let g = f C
