(* Tuple patterns in let, fun, match, with and without parentheses. *)
let swap (a, b) = (b, a)
let fst3 (a, _, _) = a
let add_pairs (a, b) (c, d) = a + c, b + d

let rec zip = function
  | [], _ | _, [] -> []
  | x :: xs, y :: ys -> (x, y) :: zip (xs, ys)

let classify p =
  match p with
  | 0, 0 -> "origin"
  | 0, _ -> "y-axis"
  | _, 0 -> "x-axis"
  | x, y when x = y -> "diagonal"
  | _, _ -> "plane"

let () =
  let a, b = swap (1, 2) in
  Printf.printf "%d %d\n" a b;
  Printf.printf "%d\n" (fst3 (9, "x", 'c'));
  let (s, t) = add_pairs (1, 2) (3, 4) in
  Printf.printf "%d %d\n" s t;
  List.iter (fun (x, y) -> Printf.printf "(%d,%c) " x y) (zip ([1; 2; 3], ['a'; 'b']));
  print_newline ();
  List.iter (fun p -> print_endline (classify p)) [(0, 0); (0, 3); (2, 0); (4, 4); (1, 2)];
  let ((p, q), (r, _)) = ((1, 2), (3, 4)) in
  Printf.printf "%d\n" (p + q + r)
