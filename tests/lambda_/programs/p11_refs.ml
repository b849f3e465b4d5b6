let counter = ref 0
let next () = incr counter; !counter
let () =
  let a = next () in
  let b = next () in
  decr counter;
  Printf.printf "%d %d %d\n" a b !counter;
  let r = ref [] in
  for i = 1 to 5 do r := i :: !r done;
  List.iter print_int !r; print_newline ();
  let x = ref 10 in
  while !x > 0 do x := !x - 3 done;
  print_int !x; print_newline ()
