(* status: 0 *)
(* Normal termination runs at_exit handlers; output flushed at the end. *)
let () =
  at_exit (fun () -> print_string "last words without newline")
let () =
  at_exit (fun () -> print_endline "second handler runs first")

let counter = ref 0
let () =
  at_exit (fun () -> Printf.printf "counter at exit = %d\n" !counter)

let () =
  for i = 1 to 10 do counter := !counter + i done;
  print_endline "main done";
  counter := !counter * 2;
  Printf.printf "%d\n" !counter;
  print_string "buffered ";
  print_string "output"
