(* let-bound functions are generalised, lambda-bound are not *)
let use_twice () =
  let id x = x in
  (id 1, id true, id "s")

let map_pair f (a, b) = (f a, f b)

let nested x =
  let g y = (x, y) in
  (g 1, g "two")

let length_of_both l1 l2 = List.length l1 + List.length l2

let total = length_of_both [1; 2; 3] ["a"; "b"]

let rec fold_left f acc = function
  | [] -> acc
  | x :: xs -> fold_left f (f acc x) xs

let sum = fold_left ( + ) 0
let concat = fold_left ( ^ ) ""

let () =
  let (i, b, s) = use_twice () in
  Printf.printf "%d %b %s %d\n" i b s total;
  let ((_, n), (_, t)) = nested 'x' in
  Printf.printf "%d %s\n" n t;
  Printf.printf "%d %s\n" (sum [1; 2; 3]) (concat ["a"; "b"])
