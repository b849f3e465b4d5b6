let () = print_endlin "hello"
