let () = print_endline (string_of_int 3.0)
