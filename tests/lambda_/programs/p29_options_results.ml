let safe_div a b = if b = 0 then None else Some (a / b)
let div_r a b = if b = 0 then Error "div by zero" else Ok (a / b)
let show = function Some x -> string_of_int x | None -> "none"
let () =
  print_endline (show (safe_div 10 2));
  print_endline (show (safe_div 1 0));
  (match div_r 9 3 with Ok v -> print_int v | Error e -> print_string e); print_newline ();
  (match div_r 9 0 with Ok v -> print_int v | Error e -> print_string e); print_newline ();
  let l = List.filter_map (fun x -> safe_div 12 x) [0; 1; 2; 0; 3] in
  List.iter print_int l; print_newline ()
