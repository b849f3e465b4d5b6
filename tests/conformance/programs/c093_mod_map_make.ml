(* status: 0 *)
(* Map.Make with a custom ordered type; fold, iter, update, union. *)
module SMap = Map.Make (String)
module PMap = Map.Make (struct type t = int * int let compare = compare end)

let () =
  let m = List.fold_left (fun m (k, v) -> SMap.add k v m) SMap.empty ["one", 1; "two", 2; "three", 3; "four", 4] in
  SMap.iter (fun k v -> Printf.printf "%s=%d " k v) m;
  print_newline ();
  let m = SMap.update "two" (function Some v -> Some (v * 10) | None -> None) m in
  let m = SMap.update "five" (function None -> Some 5 | s -> s) m in
  let m = SMap.remove "one" m in
  Printf.printf "%s\n" (String.concat "," (List.map (fun (k, v) -> k ^ ":" ^ string_of_int v) (SMap.bindings m)));
  let m2 = SMap.of_seq (List.to_seq ["two", 1; "six", 6]) in
  let u = SMap.union (fun _ a b -> Some (a + b)) m m2 in
  Printf.printf "%s\n" (String.concat "," (List.map (fun (k, v) -> k ^ ":" ^ string_of_int v) (SMap.bindings u)));
  Printf.printf "mem %b find_opt %s\n" (SMap.mem "six" u) (match SMap.find_opt "zzz" u with None -> "none" | Some _ -> "some");
  let grid = List.fold_left (fun m (x, y) -> PMap.add (x, y) (x * y) m) PMap.empty [(2, 3); (1, 5); (2, 1); (0, 9)] in
  PMap.iter (fun (x, y) v -> Printf.printf "(%d,%d)->%d " x y v) grid;
  print_newline ();
  let (lo, hi) = (PMap.min_binding grid, PMap.max_binding grid) in
  Printf.printf "%d %d\n" (snd lo) (snd hi);
  let (l, found, r) = SMap.split "six" u in
  Printf.printf "%d %b %d\n" (SMap.cardinal l) (found <> None) (SMap.cardinal r)
