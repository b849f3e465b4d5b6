(* Several weak type variables in one unit *)
let memo_table = Hashtbl.create 10
let last_seen = ref None
let pending = Queue.create ()
let stack = Stack.create ()
let compose_id = (fun f g x -> f (g x)) (fun x -> x)
let pairs = List.combine []

let apply_weak () =
  Stack.push 1 stack

let () =
  apply_weak ();
  print_int (Stack.length stack);
  print_newline ()
