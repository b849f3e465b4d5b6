(* Records holding polymorphic-typed functions *)
type 'a ops = {
  zero : 'a;
  add : 'a -> 'a -> 'a;
  show : 'a -> string;
}

let int_ops = { zero = 0; add = ( + ); show = string_of_int }
let float_ops = { zero = 0.0; add = ( +. ); show = string_of_float }
let string_ops = { zero = ""; add = ( ^ ); show = (fun s -> s) }

let sum ops l = List.fold_left ops.add ops.zero l
let show_sum ops l = ops.show (sum ops l)

let pair_ops a b = {
  zero = (a.zero, b.zero);
  add = (fun (x1, y1) (x2, y2) -> (a.add x1 x2, b.add y1 y2));
  show = (fun (x, y) -> a.show x ^ "," ^ b.show y);
}

let () =
  print_endline (show_sum int_ops [1; 2; 3]);
  print_endline (show_sum float_ops [1.5; 2.5]);
  print_endline (show_sum string_ops ["a"; "b"]);
  print_endline (show_sum (pair_ops int_ops string_ops) [(1, "x"); (2, "y")])
