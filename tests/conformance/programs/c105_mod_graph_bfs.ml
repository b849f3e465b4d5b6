(* status: 0 *)
(* Graph algorithms with Map and Set modules: BFS shortest paths and DFS order. *)
module IM = Map.Make (Int)
module IS = Set.Make (Int)

let edges = [(1, 2); (1, 3); (2, 4); (3, 4); (4, 5); (5, 6); (3, 7); (7, 6); (8, 9)]
let graph = List.fold_left (fun g (a, b) ->
  let add a b g = IM.update a (function None -> Some [b] | Some l -> Some (b :: l)) g in
  add a b (add b a g)) IM.empty edges
let neighbors v = List.sort compare (try IM.find v graph with Not_found -> [])

let bfs src =
  let dist = ref (IM.singleton src 0) in
  let q = Queue.create () in
  Queue.add src q;
  while not (Queue.is_empty q) do
    let v = Queue.pop q in
    List.iter (fun w -> if not (IM.mem w !dist) then (dist := IM.add w (IM.find v !dist + 1) !dist; Queue.add w q)) (neighbors v)
  done;
  !dist

let dfs src =
  let rec go v (seen, order) =
    if IS.mem v seen then (seen, order)
    else List.fold_left (fun acc w -> go w acc) (IS.add v seen, v :: order) (neighbors v) in
  List.rev (snd (go src (IS.empty, [])))

let () =
  IM.iter (fun v d -> Printf.printf "%d:%d " v d) (bfs 1);
  print_newline ();
  print_endline (String.concat " " (List.map string_of_int (dfs 1)));
  Printf.printf "component of 8: %d nodes\n" (IM.cardinal (bfs 8))
