(* A small to-do list application *)
type priority = Low | Medium | High
type task = { id : int; text : string; priority : priority; mutable done_ : bool }

let tasks : task list ref = ref []
let next_id = ref 1

let add priority text =
  let t = { id = !next_id; text; priority; done_ = false } in
  incr next_id;
  tasks := !tasks @ [t];
  t.id

let complete id = List.iter (fun t -> if t.id = id then t.done_ <- true) !tasks

let rank = function High -> 0 | Medium -> 1 | Low -> 2

let pending () =
  List.filter (fun t -> not t.done_) !tasks
  |> List.sort (fun a b -> compare (rank a.priority) (rank b.priority))

let render t = Printf.sprintf "[%c] #%d %s" (if t.done_ then 'x' else ' ') t.id t.text

let () =
  let a = add Low "water plants" in
  ignore (add High "fix bug");
  ignore (add Medium "write docs");
  complete a;
  List.iter (fun t -> print_endline (render t)) (pending ());
  Printf.printf "%d total\n" (List.length !tasks)
