let name = "shapes"
type t = Square of int | Rect of int * int
exception Invalid of string
let helper x = x * x
let area = function Square n -> helper n | Rect (a, b) -> a * b
let make_square n = if n < 0 then raise (Invalid "negative") else Square n
