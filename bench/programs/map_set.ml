(* Map/Set workload: build an int map and a string set from pseudo-random
   keys, update, remove, fold and combine them.  Argument: n. *)

module IntMap = Map.Make (Int)
module SSet = Set.Make (String)

let seed = ref 42
let next () =
  seed := (!seed * 1103515245 + 12345) land 0x7FFFFFFF;
  !seed lsr 4

let () =
  let n = if Array.length Sys.argv > 1 then int_of_string Sys.argv.(1) else 10000 in
  let range = 4 * n in
  (* insert n keys, adding on collision *)
  let m = ref IntMap.empty in
  for i = 1 to n do
    let k = next () mod range in
    let v = match IntMap.find_opt k !m with Some v -> v + i | None -> i in
    m := IntMap.add k v !m
  done;
  (* remove every key divisible by 3 among n probes *)
  for _ = 1 to n do
    let k = next () mod range in
    if k mod 3 = 0 then m := IntMap.remove k !m
  done;
  let size = IntMap.cardinal !m in
  let sum = IntMap.fold (fun k v acc -> (acc + k * 7 + v) land 0x3FFFFFFF) !m 0 in
  let lo, _ = IntMap.min_binding !m and hi, _ = IntMap.max_binding !m in
  Printf.printf "map size %d sum %d min %d max %d\n" size sum lo hi;
  (* lookups *)
  let hits = ref 0 in
  for _ = 1 to n do
    if IntMap.mem (next () mod range) !m then incr hits
  done;
  Printf.printf "hits %d\n" !hits;
  (* string sets of decimal keys *)
  let s1 = ref SSet.empty and s2 = ref SSet.empty in
  IntMap.iter (fun k _ -> s1 := SSet.add (string_of_int k) !s1) !m;
  for _ = 1 to n do
    s2 := SSet.add (string_of_int (next () mod range)) !s2
  done;
  let u = SSet.union !s1 !s2 and i = SSet.inter !s1 !s2 and d = SSet.diff !s1 !s2 in
  Printf.printf "set sizes %d %d union %d inter %d diff %d\n"
    (SSet.cardinal !s1) (SSet.cardinal !s2) (SSet.cardinal u) (SSet.cardinal i)
    (SSet.cardinal d);
  Printf.printf "union min %s max %s\n" (SSet.min_elt u) (SSet.max_elt u);
  let total_len = SSet.fold (fun s acc -> acc + String.length s) u 0 in
  Printf.printf "union chars %d\n" total_len
