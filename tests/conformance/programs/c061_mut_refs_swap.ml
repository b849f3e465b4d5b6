(* status: 0 *)
(* Refs: incr/decr, :=, !, swapping, refs in data structures. *)
let swap a b = let t = !a in a := !b; b := t

let () =
  let x = ref 1 and y = ref 2 in
  swap x y;
  Printf.printf "%d %d\n" !x !y;
  incr x; decr y; decr y;
  Printf.printf "%d %d\n" !x !y;
  let cells = List.init 5 (fun i -> ref i) in
  List.iter (fun r -> r := !r * !r) cells;
  print_endline (String.concat " " (List.map (fun r -> string_of_int !r) cells));
  let alias = List.nth cells 2 in
  alias := -1;
  Printf.printf "%d\n" !(List.nth cells 2);
  let rr = ref (ref 10) in
  !rr := 11;
  let old = !rr in
  rr := ref 12;
  Printf.printf "%d %d\n" !old !(!rr);
  let fib = ref (0, 1) in
  for _ = 1 to 50 do let (a, b) = !fib in fib := (b, a + b) done;
  Printf.printf "fib50 %d\n" (fst !fib);
  let r = ref [] in
  for i = 1 to 5 do r := i :: !r done;
  Printf.printf "%s %b\n" (String.concat "" (List.map string_of_int !r)) (ref 1 = ref 1)
