let l = lazy (print_endline "forced"; 42)
let () =
  print_endline "before";
  (match l with lazy n -> print_int n); print_newline ();
  (match l with lazy n -> print_int (n + 1)); print_newline ();
  let pair = (lazy 1, lazy (print_endline "second"; 2)) in
  match pair with
  | (lazy 1, lazy y) -> print_int y; print_newline ()
  | _ -> print_endline "other"
