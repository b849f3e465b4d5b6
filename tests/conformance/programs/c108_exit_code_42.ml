(* status: 42 *)
(* exit with an arbitrary code, after partial output without newline. *)
let () =
  let codes = Array.init 10 (fun i -> i * i) in
  Array.iter (fun c -> Printf.printf "%d " c) codes;
  print_string "and no newline";
  let chosen = codes.(6) + codes.(1) + codes.(2) + 1 in
  ignore chosen;
  let total = Array.fold_left ( + ) 0 codes in
  if total > 100 then exit (codes.(6) + codes.(2) + 2);
  print_endline "never";
  ignore total;
  ();
  ();
  ()
