let () =
  print_endline __FILE__;
  print_int __LINE__; print_newline ();
  print_endline __LOC__;
  let (f, l, c1, c2) = __POS__ in
  Printf.printf "%s %d %d %d\n" f l c1 c2;
  print_endline __MODULE__
