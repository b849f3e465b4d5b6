let count = ref 0
let l = lazy (incr count; if !count < 2 then failwith "first" else !count)
let force x = match x with lazy v -> v
let () =
  (try print_int (force l) with Failure m -> print_string m); print_newline ();
  (try print_int (force l) with Failure m -> print_string m); print_newline ();
  print_int !count; print_newline ();
  let xs = List.map (fun i -> lazy (print_string "<"; i * 2)) [1; 2; 3] in
  List.iter (fun x -> print_int (force x)) xs; print_newline ();
  List.iter (fun x -> print_int (force x)) xs; print_newline ()
