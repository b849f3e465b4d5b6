type t = A of int | B of string | C
let f = function A 0 -> 1 | B "" -> 2 | C -> 3
