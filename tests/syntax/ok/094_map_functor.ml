(* Using the standard Map.Make and Set.Make functors. *)
module SMap = Map.Make (String)
module ISet = Set.Make (struct
    type t = int
    let compare (a : int) b = compare a b
  end)

let inventory =
  List.fold_left (fun m (k, v) -> SMap.add k v m) SMap.empty
    [("apples", 3); ("pears", 5); ("plums", 0)]

let () =
  SMap.iter (fun k v -> Printf.printf "%s=%d\n" k v) inventory;
  let stocked = SMap.filter (fun _ v -> v > 0) inventory in
  Printf.printf "%d stocked\n" (SMap.cardinal stocked);
  (match SMap.find_opt "pears" inventory with
   | Some n -> Printf.printf "pears: %d\n" n
   | None -> ());
  let s = List.fold_right ISet.add [3; 1; 4; 1; 5; 9; 2; 6] ISet.empty in
  ISet.iter (Printf.printf "%d ") s;
  print_newline ();
  Printf.printf "%b\n" (ISet.mem 4 s)
