(* status: 0 *)
(* Non-tail recursion 10^5 frames deep. *)
let rec sum_to n = if n = 0 then 0 else n + sum_to (n - 1)
let rec build n = if n = 0 then [] else n :: build (n - 1)
let rec my_map f = function [] -> [] | x :: r -> let y = f x in y :: my_map f r
let rec my_append a b = match a with [] -> b | x :: r -> x :: my_append r b
let rec depth_string n = if n = 0 then "" else let s = depth_string (n - 1) in if n mod 25000 = 0 then s ^ "*" else s

let () =
  Printf.printf "sum_to 100000 = %d\n" (sum_to 100_000);
  let l = build 100_000 in
  Printf.printf "len = %d head = %d\n" (List.length l) (List.hd l);
  let m = my_map (fun x -> x * 2) l in
  Printf.printf "mapped sum = %d\n" (List.fold_left ( + ) 0 m);
  let a = my_append l m in
  Printf.printf "appended len = %d last = %d\n" (List.length a) (List.nth a 199_999);
  print_endline (depth_string 100_000);
  let rec tree_depth n = if n = 0 then 0 else 1 + max (tree_depth (n - 1)) 0 in
  Printf.printf "depth = %d\n" (tree_depth 100_000)
