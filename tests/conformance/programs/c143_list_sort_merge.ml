(* status: 0 *)
(* List sorting: sort, stable_sort, sort_uniq, merge, and sort on 10^5 elements. *)
let show l = String.concat " " (List.map string_of_int l)

let () =
  let l = [5; 2; 8; 2; 9; 1; 5; 5; 0] in
  print_endline (show (List.sort compare l));
  print_endline (show (List.sort (fun a b -> compare b a) l));
  print_endline (show (List.sort_uniq compare l));
  print_endline (show (List.merge compare [1; 4; 7] [2; 3; 8; 9]));
  let pairs = [(1, "b"); (0, "a"); (1, "a"); (0, "c"); (2, "z"); (1, "c")] in
  let st = List.stable_sort (fun (a, _) (b, _) -> compare a b) pairs in
  print_endline (String.concat " " (List.map (fun (n, s) -> string_of_int n ^ s) st));
  let big = List.init 100_000 (fun i -> (i * 7919 + 13) mod 100_003) in
  let s = List.sort compare big in
  Printf.printf "%d %d %d\n" (List.hd s) (List.nth s 50_000) (List.length s);
  let rec sorted = function a :: (b :: _ as r) -> a <= b && sorted r | _ -> true in
  Printf.printf "sorted %b\n" (sorted s);
  let u = List.sort_uniq compare (List.map (fun x -> x mod 1000) big) in
  Printf.printf "uniq %d\n" (List.length u);
  let strs = List.sort String.compare ["pear"; "Apple"; "fig"; "apple"] in
  print_endline (String.concat " " strs)
