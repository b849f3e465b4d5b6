let make_counter () =
  let n = ref 0 in
  (fun () -> incr n; !n), (fun () -> n := 0)
let compose f g x = f (g x)
let add x y = x + y
let () =
  let (tick, reset) = make_counter () in
  ignore (tick ()); ignore (tick ());
  print_int (tick ()); print_newline ();
  reset ();
  print_int (tick ()); print_newline ();
  let add5 = add 5 in
  print_int (add5 10); print_newline ();
  print_int (compose (fun x -> x * 2) (add 1) 4); print_newline ();
  let f = fun a -> fun b -> fun c -> a * 100 + b * 10 + c in
  let g = f 1 in
  let h = g 2 in
  print_int (h 3); print_newline ();
  print_int (List.fold_left (fun acc f -> f acc) 1 [add 1; ( * ) 3; (fun x -> x - 2)]); print_newline ()
