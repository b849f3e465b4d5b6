type v = { mutable vx : float; mutable vy : float }
type mixed = { a : float; b : int }
let norm v = sqrt (v.vx *. v.vx +. v.vy *. v.vy)
let () =
  let v = { vx = 3.0; vy = 4.0 } in
  print_float (norm v); print_newline ();
  v.vx <- 6.0; v.vy <- 8.0;
  print_float (norm v); print_newline ();
  let w = { v with vy = 0.0 } in
  print_float w.vx; print_float w.vy; print_newline ();
  let m = { a = 1.5; b = 2 } in
  print_float (m.a +. float_of_int m.b); print_newline ();
  match v with { vx = 6.0; vy } -> print_float vy; print_newline () | _ -> print_endline "no"
