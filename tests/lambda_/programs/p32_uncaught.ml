exception My_error of string
let () = print_endline "start"
let f () = raise (My_error "bad")
let () = f (); print_endline "unreachable"
