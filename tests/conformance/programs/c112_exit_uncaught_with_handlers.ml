(* status: 2 *)
(* Uncaught exception after output: at_exit runs, then the fatal error. *)
exception Fatal of string

let () = at_exit (fun () -> print_endline "at_exit ran")

let stage n =
  Printf.printf "stage %d\n" n;
  if n = 3 then raise (Fatal "stage three failed")

let () =
  stage 1;
  stage 2;
  (try stage 3 with Fatal m -> Printf.printf "recovered: %s\n" m);
  stage 4;
  stage 3;
  stage 5
