let () =
  Util.log "start";
  let s = Shapes.make_square 4 in
  print_int (Shapes.area s); print_newline ();
  (try ignore (Shapes.make_square (-1)) with Shapes.Invalid m -> Util.log m);
  ignore (Util.bump ()); ignore (Util.bump ());
  print_int !Util.counter; print_newline ();
  print_endline (Printexc.to_string (Shapes.Invalid "x"))
