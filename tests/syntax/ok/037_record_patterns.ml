(* Record patterns: full, partial with _, punned, nested. *)
type point = { x : int; y : int }
type segment = { start : point; stop : point; label : string }

let on_axis = function
  | { x = 0; _ } | { y = 0; _ } -> true
  | _ -> false

let norm1 { x; y } = abs x + abs y

let sum_x { x; _ } { x = x2; y = _ } = x + x2

let describe { start = { x = x1; y = y1 }; stop = { x = x2; y = y2 }; label } =
  Printf.sprintf "%s: (%d,%d)-(%d,%d)" label x1 y1 x2 y2

let horizontal = function
  | { start = { y = a; _ }; stop = { y = b; _ }; _ } when a = b -> true
  | _ -> false

let () =
  let p = { x = 3; y = -4 } in
  Printf.printf "%b %b\n" (on_axis p) (on_axis { x = 0; y = 5 });
  Printf.printf "%d\n" (norm1 p);
  Printf.printf "%d\n" (sum_x p { x = 10; y = 0 });
  let s = { start = p; stop = { x = 7; y = -4 }; label = "s1" } in
  print_endline (describe s);
  Printf.printf "%b\n" (horizontal s);
  let { label = l; _ } = s in
  print_endline l
