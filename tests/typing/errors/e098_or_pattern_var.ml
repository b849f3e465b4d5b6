type t = A of int | B
let get = function A x | B -> x
