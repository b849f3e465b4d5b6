let f () = print_endline "called"
let g ((), x) = x + 1
let () =
  f ();
  let () = f () in
  print_int (g ((), 41)); print_newline ();
  ignore (f ());
  match f () with () -> print_endline "matched unit"
