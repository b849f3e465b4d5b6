(* status: 2 *)
(* Uncaught Division_by_zero from integer division in a computation. *)
(* The output before the failure must be flushed to stdout; stderr gets the error. *)
let average l = List.fold_left ( + ) 0 l / List.length l

let () =
  Printf.printf "%d\n" (average [1; 2; 3; 4]);
  Printf.printf "%d\n" (average [10]);
  (try Printf.printf "%d\n" (average []) with Division_by_zero -> print_endline "caught empty average");
  let groups = [[1; 2]; [3; 4; 5]; []; [6]] in
  List.iter (fun g -> Printf.printf "avg %d\n" (average g)) groups;
  print_endline "never";
  ignore groups;
  ();
  ()
