(* Float operators, unary float minus and exponentiation. *)
let x = 3.0
let a = 1.0 +. 2.0 *. 3.0
let b = 10.0 -. 4.0 -. 1.0
let c = 8.0 /. 2.0 /. 2.0
let d = 2.0 ** 3.0 ** 2.0
let e = -. x
let f = -.x ** 2.0 (* (-.x) ** 2.0 *)
let g = - 2.0 ** 2.0
let h = ~-. 5.5
let i = 1.5 *. -. 2.0
let j = float_of_int 7 /. 2.

let () =
  List.iter (Printf.printf "%g\n") [a; b; c; d; e; f; g; h; i; j]
