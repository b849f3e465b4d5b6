(* status: 0 *)
(* Stdlib functions that are not tail recursive, on lists of 10^5 elements. *)
let () =
  let l = List.init 100_000 (fun i -> i) in
  let m = List.map (fun x -> x + 1) l in
  Printf.printf "map: %d\n" (List.nth m 99_999);
  let a = l @ m in
  Printf.printf "append: %d\n" (List.length a);
  let fr = List.fold_right (fun x acc -> x + acc) l 0 in
  Printf.printf "fold_right: %d\n" fr;
  let c = List.combine l m in
  Printf.printf "combine: %d\n" (List.length c);
  let (x, y) = List.split c in
  Printf.printf "split: %d %d\n" (List.length x) (List.length y);
  let m2 = List.mapi (fun i x -> i * x) l in
  Printf.printf "mapi: %d\n" (List.nth m2 1000);
  let f = List.filter (fun x -> x mod 1000 = 0) l in
  Printf.printf "filter: %d\n" (List.length f);
  let cm = List.concat_map (fun x -> [x; x]) (List.filteri (fun i _ -> i < 50_000) l) in
  Printf.printf "concat_map: %d\n" (List.length cm);
  Printf.printf "rev: %d\n" (List.hd (List.rev l))
