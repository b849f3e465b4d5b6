let check x = assert (x > 0); x
let () =
  print_int (check 5); print_newline ();
  (try ignore (check (-1)) with Assert_failure (f, l, c) -> Printf.printf "%s %d %d\n" f l c);
  (try assert false with Assert_failure (f, l, c) -> Printf.printf "%s %d %d\n" f l c)
