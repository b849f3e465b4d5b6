let rec l = 1 :: l;;
let rec l2 = 1 :: 2 :: l2;;
(0, l2);;
type t = { v : int; mutable n : t option };;
let r = { v = 1; n = None };;
r.n <- Some r;;
r;;
type u = A of u list | B;;
let rec a = A [a; B];;
