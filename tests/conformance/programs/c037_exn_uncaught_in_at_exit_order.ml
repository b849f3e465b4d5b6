(* status: 2 *)
(* at_exit handlers run before the uncaught exception is reported. *)
let counter = ref 0

let () =
  at_exit (fun () -> print_endline "at_exit 1 (registered first, runs last)");
  at_exit (fun () -> Printf.printf "at_exit 2 sees counter=%d\n" !counter);
  print_endline "main body";
  let l = [1; 2; 3] in
  let s = List.fold_left ( + ) 0 l in
  counter := s;
  Printf.printf "sum %d\n" s;
  if s > 5 then raise (Invalid_argument "sum too large");
  print_endline "not reached";
  ignore l;
  ()
