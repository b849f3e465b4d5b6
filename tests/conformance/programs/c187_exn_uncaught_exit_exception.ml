(* status: 2 *)
(* Uncaught Stdlib.Exit (an exception, not a call to exit). *)
let find_negative l =
  List.iter (fun x -> if x < 0 then raise Exit) l;
  false

let () =
  Printf.printf "%b\n" (find_negative [1; 2; 3]);
  Printf.printf "%b\n" (try find_negative [1; -2] with Exit -> true);
  let l = List.init 10 (fun i -> 5 - i) in
  Printf.printf "checking %d values\n" (List.length l);
  ignore (find_negative l);
  print_endline "never";
  ignore l;
  ();
  ()
