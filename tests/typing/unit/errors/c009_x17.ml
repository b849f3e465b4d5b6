type t = A of int * int let x = A 1
