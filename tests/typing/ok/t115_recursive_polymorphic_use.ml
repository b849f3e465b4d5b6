(* Monomorphic recursion and polymorphic helpers *)
let rec length = function [] -> 0 | _ :: t -> 1 + length t

let rec map_pairs f = function
  | [] -> []
  | [x] -> [f x x]
  | x :: (y :: _ as rest) -> f x y :: map_pairs f rest

let diffs l = map_pairs (fun a b -> b - a) l
let concat_adj l = map_pairs ( ^ ) l

let rec interleave a b =
  match (a, b) with
  | ([], l) | (l, []) -> l
  | (x :: xs, y :: ys) -> x :: y :: interleave xs ys

let rec chunks n l =
  if l = [] then []
  else
    let rec take k = function [] -> ([], []) | x :: xs as r -> if k = 0 then ([], r) else let (a, b) = take (k - 1) xs in (x :: a, b) in
    let (c, rest) = take n l in
    c :: chunks n rest

let () =
  Printf.printf "%d %d %d\n" (length [1; 2]) (length ["a"]) (List.length (diffs [1; 4; 9]));
  print_endline (String.concat "," (concat_adj ["a"; "b"; "c"]));
  Printf.printf "%d %d\n" (List.length (interleave [1; 3] [2; 4; 6])) (List.length (chunks 2 [1; 2; 3; 4; 5]))
