type shape = Rect of int * int | Dot
let cube = Rect (1, 2, 3)
