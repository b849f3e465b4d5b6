let f x =
  begin
    print_int x;
    print_newline ()

let () = f 1
