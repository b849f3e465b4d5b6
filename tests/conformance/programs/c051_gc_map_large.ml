(* status: 0 *)
(* A persistent Map with 200000 bindings, with many versions alive. *)
module IM = Map.Make (Int)

let () =
  let m = ref IM.empty in
  for i = 1 to 200_000 do m := IM.add ((i * 7919) mod 200_003) i !m done;
  Printf.printf "cardinal %d\n" (IM.cardinal !m);
  let old = !m in
  for i = 1 to 100_000 do m := IM.remove ((i * 7919) mod 200_003) !m done;
  Printf.printf "after removals %d, old still %d\n" (IM.cardinal !m) (IM.cardinal old);
  let (k, v) = IM.min_binding !m in
  Printf.printf "min %d -> %d\n" k v;
  let (k, v) = IM.max_binding old in
  Printf.printf "max old %d -> %d\n" k v;
  let s = IM.fold (fun _ v acc -> acc + v) !m 0 in
  Printf.printf "sum of values %d\n" s;
  let evens = IM.filter (fun k _ -> k mod 2 = 0) old in
  Printf.printf "even keys %d\n" (IM.cardinal evens);
  Printf.printf "find_opt 7919 = %s\n" (match IM.find_opt 7919 old with Some v -> string_of_int v | None -> "none")
