(* status: 0 *)
(* exit 0 stops the program immediately; at_exit handlers still run. *)
let () = at_exit (fun () -> print_endline "cleanup handler")

let process l =
  List.iter (fun x ->
    if x = 0 then begin
      print_endline "zero found, exiting with 0";
      exit 0
    end;
    Printf.printf "item %d\n" x) l

let () =
  print_endline "begin";
  process [3; 2; 1; 0; -1; -2];
  print_endline "never printed";
  process [5];
  print_endline "never printed either"
