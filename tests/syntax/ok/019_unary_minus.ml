(* Unary minus forms: -x, - x, ~-x, ~-.x, -.x, f (-1). *)
let x = 5
let fx = 2.5
let a = -x
let b = ~-x
let c = ~-. fx
let d = -. fx
let e = abs (-1)
let f = - x * 2
let g = -x - -x
let h = 3 - -1
let i = - (- x)
let j = ~- ~- x
let k = - 2 * 3 |> fun n -> n + 1
let m = -1 - -2

let () =
  List.iter (Printf.printf "%d ") [a; b; e; f; g; h; i; j; k; m];
  print_newline ();
  Printf.printf "%g %g\n" c d;
  Printf.printf "%g\n" (- 3. ** 2.)  (* (-3.) ** 2. = 9: prefix minus binds tighter than ** *);
  Printf.printf "%g\n" (-. fx ** 2.)
