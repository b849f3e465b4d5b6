let f (a, b) = a
let x = f 1 2
