(* status: 0 *)
(* printf, fprintf stdout, eprintf (stderr), and flushing interleaving. *)
let () =
  Printf.printf "to stdout %d\n" 1;
  Printf.fprintf stdout "fprintf stdout %s\n" "two";
  Printf.eprintf "to stderr %d\n" 3;
  prerr_endline "prerr_endline line";
  print_string "print_string ";
  print_int 42;
  print_char ' ';
  print_float 3.5;
  print_newline ();
  output_string stdout "output_string\n";
  output_char stdout 'c';
  output_char stdout '\n';
  Printf.printf "%s%!" "flushed ";
  Printf.eprintf "err %s\n%!" "flushed";
  print_endline "end";
  prerr_string "no newline at end of stderr"
