(* status: 0 *)
(* Sorting floats including nan and signed zeros with compare. *)
let () =
  let l = [3.5; nan; -1.0; infinity; 0.0; -0.0; neg_infinity; 2.0; nan; 1e-300] in
  let show l = String.concat " " (List.map (Printf.sprintf "%g") l) in
  print_endline (show (List.sort compare l));
  print_endline (show (List.sort Float.compare l));
  print_endline (show (List.sort (fun a b -> compare b a) l));
  Printf.printf "%b %b %b\n" (List.mem nan l) (List.exists Float.is_nan l) (List.memq 3.5 l || true);
  let a = Array.of_list (List.filter (fun x -> not (Float.is_nan x)) l) in
  Array.sort compare a;
  Printf.printf "min %g max %g\n" a.(0) a.(Array.length a - 1);
  Printf.printf "%d %d %d\n" (compare 0.0 (-0.0)) (compare 1.0 2.0) (Float.compare nan neg_infinity);
  Printf.printf "%b %b\n" (Float.equal nan nan) (nan = nan);
  let m = List.fold_left Float.max neg_infinity [1.0; 5.0; 3.0] in
  Printf.printf "%g %g\n" m (List.fold_left Float.min_num infinity [nan; 2.0; 1.0]);
  Printf.printf "%d\n" (Hashtbl.hash 0.0 - Hashtbl.hash (-0.0))
