let () =
  print_float (1.5 +. 2.25); print_newline ();
  print_float (10. /. 4.); print_newline ();
  print_float (float_of_int 3 *. 2.); print_newline ();
  print_int (int_of_float 3.99); print_newline ();
  print_int (truncate (-2.5)); print_newline ();
  print_string (string_of_float 0.1); print_newline ();
  print_string (string_of_float 1e20); print_newline ();
  print_string (string_of_float (-. 0.5)); print_newline ();
  print_float (sqrt 16.); print_newline ();
  print_float (abs_float (-3.5)); print_newline ();
  Printf.printf "%.3f %g %e\n" 3.14159 2.5 12345.678;
  print_string (string_of_bool (1.0 < 2.0)); print_newline ();
  print_string (string_of_bool (nan = nan)); print_newline ();
  print_int (compare nan nan); print_newline ();
  print_int (compare 1.0 2.0); print_newline ()
