(* Closures capturing their environment *)
let make_accumulator init =
  let total = ref init in
  fun x -> total := !total + x; !total

let counter_pair () =
  let n = ref 0 in
  let incr () = n := !n + 1 and get () = !n in
  (incr, get)

let adders = List.map (fun n -> fun x -> x + n) [1; 10; 100]

let rec make_chain n f = if n = 0 then (fun x -> x) else (fun x -> f (make_chain (n - 1) f x))

let greeting prefix =
  let full = prefix ^ ", " in
  fun name -> full ^ name ^ "!"

let () =
  let acc = make_accumulator 10 in
  ignore (acc 5);
  Printf.printf "%d\n" (acc 1);
  let (i, g) = counter_pair () in
  i (); i ();
  Printf.printf "%d %d %d\n" (g ()) (List.fold_left (fun a f -> f a) 0 adders) (make_chain 5 succ 0);
  print_endline (greeting "Hi" "there")
