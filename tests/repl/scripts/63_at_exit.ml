at_exit (fun () -> print_endline "bye");;
1;;
