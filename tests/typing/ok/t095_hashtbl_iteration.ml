(* Hashtbl iteration, folding and grouping *)
let group_by key l =
  let h = Hashtbl.create 16 in
  List.iter (fun x -> let k = key x in Hashtbl.replace h k (x :: (try Hashtbl.find h k with Not_found -> []))) l;
  h

let sorted_bindings h = List.sort compare (Hashtbl.fold (fun k v acc -> (k, v) :: acc) h [])

let invert h =
  let r = Hashtbl.create (Hashtbl.length h) in
  Hashtbl.iter (fun k v -> Hashtbl.add r v k) h;
  r

let () =
  let g = group_by String.length ["a"; "bb"; "cc"; "d"; "eee"] in
  List.iter (fun (k, v) -> Printf.printf "%d: %s\n" k (String.concat "," (List.rev v))) (sorted_bindings g);
  let h = Hashtbl.create 4 in
  Hashtbl.add h "one" 1;
  Hashtbl.add h "two" 2;
  let r = invert h in
  print_endline (Hashtbl.find r 2);
  Printf.printf "%b %d\n" (Hashtbl.mem h "one") (Hashtbl.length r)
