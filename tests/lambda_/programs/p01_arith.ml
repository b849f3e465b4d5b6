let () =
  print_int (1 + 2 * 3 - 4 / 2); print_newline ();
  print_int (17 mod 5); print_newline ();
  print_int (-17 / 5); print_newline ();
  print_int (-17 mod 5); print_newline ();
  print_string (string_of_bool (max_int + 1 = min_int)); print_newline ()
let () =
  print_int (1 lsl 10); print_newline ();
  print_int (-1 lsr 60); print_newline ();
  print_int (-16 asr 2); print_newline ();
  print_int (0xff land 0x0f lor 0x100 lxor 3); print_newline ();
  print_int (lnot 5); print_newline ();
  print_int 0x7FFF_FFFF; print_newline ();
  print_int 0o17; print_newline ();
  print_int 0b1011; print_newline ();
  print_int 017; print_newline ();
  print_int (succ 41 + pred 1); print_newline ();
  print_int (abs (-3)); print_newline ();
  print_int (~- 5); print_newline ()
