(* Printing of arrow types inside other types *)
let handlers : (string * (int -> int)) list = [("inc", succ); ("dec", pred)]
let apply_handler name x = (List.assoc name handlers) x
let make_adders n = List.init n (fun i -> fun x -> x + i)
let compose_all fs = List.fold_left (fun acc f -> fun x -> f (acc x)) (fun x -> x) fs
let callbacks = [| (fun () -> print_string "a"); (fun () -> print_string "b") |]
let maybe_f : (int -> int) option = Some (fun x -> x * x)
let run_maybe x = match maybe_f with Some f -> f x | None -> x
let higher (f : (int -> int) -> int) = f (fun x -> x + 1)
let returns_pair_of_fns () = ((fun x -> x + 1), (fun s -> s ^ "!"))

let () =
  Printf.printf "%d %d\n" (apply_handler "inc" 1) (List.length (make_adders 3));
  Printf.printf "%d %d %d\n" (compose_all [succ; succ] 0) (run_maybe 4) (higher (fun g -> g 10));
  Array.iter (fun f -> f ()) callbacks;
  let (f, g) = returns_pair_of_fns () in
  Printf.printf " %d %s\n" (f 1) (g "hi")
