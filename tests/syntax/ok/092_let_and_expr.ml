(* Simultaneous local let ... and ... in, shadowing and scoping. *)
let x = 1

let () =
  let x = 10 and y = x in
  Printf.printf "%d %d\n" x y;
  let x = x + 1 in
  let x = x * 2 in
  Printf.printf "%d\n" x;
  let a, b = 1, 2 and (c, d) = (3, 4) and { contents = e } = ref 5 in
  Printf.printf "%d\n" (a + b + c + d + e);
  let f x = x + 1 and g x = x * 2 in
  Printf.printf "%d %d\n" (f (g 3)) (g (f 3))
