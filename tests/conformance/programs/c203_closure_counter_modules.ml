(* status: 0 *)
(* Closures stored in module-level mutable structures and called later. *)
let pending : (unit -> unit) Queue.t = Queue.create ()
let defer f = Queue.add f pending
let run_all () = while not (Queue.is_empty pending) do (Queue.pop pending) () done

let total = ref 0

let () =
  for i = 1 to 5 do
    defer (fun () -> total := !total + i; Printf.printf "task %d (total %d)\n" i !total)
  done;
  defer (fun () -> defer (fun () -> print_endline "task added by a task"));
  print_endline "before run";
  run_all ();
  Printf.printf "final total %d\n" !total;
  let memo = Hashtbl.create 4 in
  let get k f = match Hashtbl.find_opt memo k with Some v -> v | None -> let v = f () in Hashtbl.add memo k v; v in
  let calls = ref 0 in
  let expensive () = incr calls; 42 in
  Printf.printf "%d %d %d calls=%d\n" (get "a" expensive) (get "a" expensive) (get "b" expensive) !calls
