(* status: 2 *)
(* invalid_arg raised in a library-like function and not caught. *)
let make_grid w h =
  if w <= 0 || h <= 0 then invalid_arg (Printf.sprintf "make_grid: %dx%d" w h);
  Array.make_matrix h w '.'

let draw g =
  Array.iter (fun row -> print_endline (String.init (Array.length row) (Array.get row))) g

let () =
  let g = make_grid 4 2 in
  g.(1).(2) <- '#';
  draw g;
  let g2 = make_grid 3 1 in
  draw g2;
  draw (make_grid 0 5);
  print_endline "never"
