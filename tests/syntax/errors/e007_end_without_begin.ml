let f x =
  print_int x;
  print_newline ()
end
