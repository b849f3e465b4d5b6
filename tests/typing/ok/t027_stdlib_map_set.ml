(* Stdlib Map.Make and Set.Make *)
module SMap = Map.Make (String)
module ISet = Set.Make (Int)

let word_counts words =
  List.fold_left
    (fun m w ->
      let n = match SMap.find_opt w m with Some n -> n | None -> 0 in
      SMap.add w (n + 1) m)
    SMap.empty words

let unique l = ISet.elements (ISet.of_list l)
let keys m = SMap.fold (fun k _ acc -> k :: acc) m []
let counts = word_counts ["a"; "b"; "a"; "c"; "a"]

let () =
  SMap.iter (fun k v -> Printf.printf "%s=%d " k v) counts;
  print_newline ();
  List.iter (Printf.printf "%d ") (unique [3; 1; 3; 2]);
  print_newline ();
  Printf.printf "%d %b\n" (List.length (keys counts)) (ISet.mem 2 (ISet.of_list [1; 2]))
