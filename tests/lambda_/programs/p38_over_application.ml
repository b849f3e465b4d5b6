let choose b = if b then (fun x y -> x + y) else (fun x y -> x * y)
let twice f x = f (f x)
let make_adder n = print_endline "make"; fun x -> x + n
let () =
  print_int (choose true 3 4); print_newline ();
  print_int (choose false 3 4); print_newline ();
  print_int (twice (fun x -> x * 3) 2); print_newline ();
  print_int (make_adder 1 2); print_newline ();
  let id x = x in
  print_int (id id id 5); print_newline ();
  print_int (List.fold_right (fun f acc -> f acc) [twice succ; ( * ) 2] 1); print_newline ()
