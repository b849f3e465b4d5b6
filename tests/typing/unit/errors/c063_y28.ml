type u = A | B
type v = A | C
let f (x : u) = match x with A -> 1 | C -> 2
