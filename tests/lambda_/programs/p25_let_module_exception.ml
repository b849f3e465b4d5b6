let f x =
  let exception Found of int in
  try List.iter (fun y -> if y > x then raise (Found y)) [1; 5; 10; 20]; None
  with Found y -> Some y
let g () =
  let module M = struct let v = 3 let w = v * 2 end in
  M.v + M.w
let () =
  (match f 4 with Some y -> print_int y | None -> print_string "none"); print_newline ();
  (match f 40 with Some y -> print_int y | None -> print_string "none"); print_newline ();
  print_int (g ()); print_newline ();
  let open List in
  print_int (length [1; 2]); print_newline ();
  print_int List.(length (rev [1; 2; 3])); print_newline ()
