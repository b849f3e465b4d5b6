(* status: 0 *)
(* Float arrays and records of floats (unboxed representations). *)
type vec = { mutable vx : float; mutable vy : float }

let () =
  let a = Array.make 10 0.0 in
  for i = 0 to 9 do a.(i) <- sqrt (float_of_int i) done;
  Array.iter (Printf.printf "%.3f ") a;
  print_newline ();
  let v = { vx = 1.0; vy = 0.0 } in
  let theta = 0.1 in
  for _ = 1 to 63 do
    let x = v.vx and y = v.vy in
    v.vx <- x *. cos theta -. y *. sin theta;
    v.vy <- x *. sin theta +. y *. cos theta
  done;
  Printf.printf "%.6f %.6f\n" v.vx v.vy;
  let fa = Float.Array.make 5 1.5 in
  Float.Array.set fa 2 (-3.25);
  Printf.printf "%g %d\n" (Float.Array.fold_left ( +. ) 0.0 fa) (Float.Array.length fa);
  let m = Array.make_matrix 3 3 0.5 in
  m.(1).(1) <- 2.0;
  Printf.printf "%g\n" (Array.fold_left (fun acc r -> acc +. Array.fold_left ( +. ) 0.0 r) 0.0 m);
  let mixed = [| 1.0; 2.5; nan; infinity |] in
  Array.iter (fun f -> Printf.printf "%F " f) mixed;
  print_newline ()
