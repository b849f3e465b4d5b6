(* Partial applications are not generalised; eta-expansion fixes it *)
let map_succ = List.map succ
let pair_with = List.map (fun x -> (x, x))
let eta_pair_with l = List.map (fun x -> (x, x)) l
let filter_some = List.filter_map (fun x -> x)
let eta_filter_some l = List.filter_map (fun x -> x) l
let sort_desc = List.sort (fun a b -> compare b a)
let const_list = List.map (fun _ -> [])

let () =
  Printf.printf "%d %d\n" (List.length (map_succ [1; 2])) (List.length (eta_pair_with ["a"]));
  ignore (eta_filter_some [Some 1; None])
