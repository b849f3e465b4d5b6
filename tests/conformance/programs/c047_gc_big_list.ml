(* status: 0 *)
(* Building and transforming a 10^6-element list forces many collections. *)
let () =
  let n = 1_000_000 in
  let l = List.init n (fun i -> i) in
  let l2 = List.rev_map (fun x -> x * 3) l in
  let l3 = List.filter (fun x -> x mod 2 = 0) l2 in
  Printf.printf "len l3 = %d\n" (List.length l3);
  let s = List.fold_left ( + ) 0 l3 in
  Printf.printf "sum l3 = %d\n" s;
  let pairs = List.rev (List.rev_map (fun x -> (x, string_of_int x)) l) in
  let (a, b) = List.nth pairs 777_777 in
  Printf.printf "pair %d %s\n" a b;
  let total_len = List.fold_left (fun acc (_, s) -> acc + String.length s) 0 pairs in
  Printf.printf "total digits = %d\n" total_len;
  let sorted = List.sort compare (List.rev_map (fun x -> (x * 7919) mod n) (List.filteri (fun i _ -> i < 200_000) l)) in
  Printf.printf "sorted head %d, nth 100000 = %d\n" (List.hd sorted) (List.nth sorted 100_000)
