type 'a t = A of 'a
let f (A x) = x + 1
let g = f (A "s")
