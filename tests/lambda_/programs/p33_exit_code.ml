let () =
  at_exit (fun () -> print_endline "at exit");
  print_endline "before exit";
  exit 3
let () = print_endline "not printed"
