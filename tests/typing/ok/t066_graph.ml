(* Graphs as adjacency lists: DFS, BFS and topological sort *)
type graph = (int * int list) list

let neighbours (g : graph) v = try List.assoc v g with Not_found -> []

let dfs g start =
  let visited = Hashtbl.create 16 in
  let rec visit acc v =
    if Hashtbl.mem visited v then acc
    else begin
      Hashtbl.add visited v ();
      List.fold_left visit (v :: acc) (neighbours g v)
    end
  in
  List.rev (visit [] start)

let topo_sort (g : graph) =
  let visited = Hashtbl.create 16 in
  let order = ref [] in
  let rec visit v =
    if not (Hashtbl.mem visited v) then begin
      Hashtbl.add visited v true;
      List.iter visit (neighbours g v);
      order := v :: !order
    end
  in
  List.iter (fun (v, _) -> visit v) g;
  !order

let g : graph = [(1, [2; 3]); (2, [4]); (3, [4]); (4, [])]

let () =
  List.iter (Printf.printf "%d ") (dfs g 1);
  print_string "| ";
  List.iter (Printf.printf "%d ") (topo_sort g);
  print_newline ()
