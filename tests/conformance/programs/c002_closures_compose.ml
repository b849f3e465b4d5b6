(* status: 0 *)
(* Function composition, currying and partial application. *)
let compose f g x = f (g x)
let ( >> ) f g x = g (f x)
let twice f = compose f f
let add a b = a + b
let mul a b = a * b

let () =
  let inc = add 1 in
  let dbl = mul 2 in
  let h = compose inc dbl in
  let k = inc >> dbl in
  Printf.printf "%d %d\n" (h 5) (k 5);
  Printf.printf "%d\n" (twice (twice inc) 0);
  let fs = [inc; dbl; twice dbl; compose dbl dbl; (fun x -> x * x)] in
  List.iter (fun f -> Printf.printf "%d " (f 7)) fs;
  print_newline ();
  let pipeline = List.fold_left ( >> ) (fun x -> x) fs in
  Printf.printf "pipeline 3 = %d\n" (pipeline 3);
  let rec power f n = if n = 0 then (fun x -> x) else compose f (power f (n - 1)) in
  Printf.printf "2^20 = %d\n" (power dbl 20 1)
