let f x =
  print_int x;
  else print_newline ()
