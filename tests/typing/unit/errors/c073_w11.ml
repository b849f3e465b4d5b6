type t = int list
let f (x : t) = x +. 1.
