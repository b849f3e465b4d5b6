(* status: 0 *)
(* Folds, maps and filters written by hand and from List. *)
let rec my_fold_right f l acc = match l with
  | [] -> acc
  | x :: r -> f x (my_fold_right f r acc)

let rec my_fold_left f acc l = match l with
  | [] -> acc
  | x :: r -> my_fold_left f (f acc x) r

let my_map f l = my_fold_right (fun x acc -> f x :: acc) l []
let my_filter p l = my_fold_right (fun x acc -> if p x then x :: acc else acc) l []

let () =
  let l = List.init 20 (fun i -> i + 1) in
  let sq = my_map (fun x -> x * x) l in
  let ev = my_filter (fun x -> x mod 2 = 0) sq in
  Printf.printf "sum sq = %d\n" (my_fold_left ( + ) 0 sq);
  Printf.printf "even squares: %s\n" (String.concat "," (List.map string_of_int ev));
  let s = my_fold_left (fun acc x -> acc ^ string_of_int x) "" [3; 1; 4; 1; 5] in
  print_endline s;
  let s2 = my_fold_right (fun x acc -> acc ^ string_of_int x) [3; 1; 4; 1; 5] "" in
  print_endline s2;
  Printf.printf "%b\n" (List.fold_left ( + ) 0 l = my_fold_right ( + ) l 0)
