let add x y = x + y
let three = add (1, 2)
