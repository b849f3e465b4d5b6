let () =
  for i = 1 to 3 do print_int i done; print_newline ();
  for i = 3 downto 1 do print_int i done; print_newline ();
  for i = 5 to 1 do print_int i done; print_newline ();
  let i = ref 0 in
  while !i < 4 do print_int !i; incr i done; print_newline ();
  let fs = ref [] in
  for i = 1 to 3 do fs := (fun () -> i * 10) :: !fs done;
  List.iter (fun f -> print_int (f ())) !fs; print_newline ()
