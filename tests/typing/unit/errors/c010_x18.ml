type t = A of int * int let f = function A x -> x
