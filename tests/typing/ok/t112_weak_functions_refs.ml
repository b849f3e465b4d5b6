(* Weak types from function application results *)
let make_cell () = ref None
let cell = make_cell ()
let id_fn = (fun f -> f) (fun x -> x)
let stored = ref (fun x -> x)
let lazy_list = (fun () -> []) ()
let arr = Array.make 4 None
let q = Queue.create ()

let () =
  cell := Some "set";
  Queue.add 1.5 q;
  match !cell with Some s -> print_endline s | None -> ()
