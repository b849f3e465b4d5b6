let () =
  let x = (print_string "a"; print_string "b"; 3) in
  print_int x; print_newline ();
  let r = ref 0 in
  (r := 1; r := !r + 1);
  print_int !r; print_newline ();
  ignore (print_string "side"; 0); print_newline ();
  if !r > 1 then print_endline "big" else print_endline "small";
  if !r > 100 then print_endline "never";
  print_endline "done"
