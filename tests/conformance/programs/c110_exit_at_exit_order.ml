(* status: 5 *)
(* at_exit handlers run in reverse registration order, once, on exit. *)
let log = ref []

let () =
  for i = 1 to 4 do
    at_exit (fun () -> Printf.printf "handler %d\n" i)
  done;
  at_exit (fun () -> Printf.printf "log: %s\n" (String.concat "," (List.rev !log)));
  log := "a" :: !log;
  let f () = log := "f" :: !log; exit 5 in
  log := "b" :: !log;
  print_endline "calling f";
  f ();
  print_endline "never";
  log := "never" :: !log;
  ()
