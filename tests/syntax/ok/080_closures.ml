(* Closures capturing mutable state. *)
let make_counter () =
  let n = ref 0 in
  (fun () -> incr n; !n), (fun () -> n := 0)

let make_accumulator init =
  let total = ref init in
  fun x -> total := !total + x; !total

let memoize f =
  let cache = Hashtbl.create 16 in
  fun x ->
    match Hashtbl.find_opt cache x with
    | Some v -> v
    | None -> let v = f x in Hashtbl.add cache x v; v

let adders = List.map (fun n -> fun x -> x + n) [1; 10; 100]

let () =
  let next, reset = make_counter () in
  ignore (next ()); ignore (next ());
  Printf.printf "%d\n" (next ());
  reset ();
  Printf.printf "%d\n" (next ());
  let acc = make_accumulator 100 in
  ignore (acc 10);
  Printf.printf "%d\n" (acc 5);
  let calls = ref 0 in
  let slow_square = memoize (fun x -> incr calls; x * x) in
  let r = slow_square 9 + slow_square 9 in
  Printf.printf "%d %d\n" r !calls;
  List.iter (fun f -> Printf.printf "%d " (f 1)) adders;
  print_newline ()
