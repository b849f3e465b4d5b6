let id x = x
let pair x y = (x, y)
let rec map f = function [] -> [] | x :: xs -> let y = f x in y :: map f xs
let rec fold f acc = function [] -> acc | x :: xs -> fold f (f acc x) xs
let length l = fold (fun n _ -> n + 1) 0 l
let apply_all fs x = map (fun f -> f x) fs
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
let rec tree_map f = function Leaf -> Leaf | Node (l, v, r) -> Node (tree_map f l, f v, tree_map f r)
let rec tree_fold f acc = function Leaf -> acc | Node (l, v, r) -> tree_fold f (f (tree_fold f acc l) v) r
let () =
  print_int (id 3); print_endline (id "s");
  let (a, b) = pair 1 "one" in print_int a; print_endline b;
  print_int (length ["a"; "b"; "c"]); print_newline ();
  List.iter print_int (apply_all [succ; pred; (fun x -> x * x)] 5); print_newline ();
  let t = Node (Node (Leaf, 1, Leaf), 2, Node (Leaf, 3, Leaf)) in
  print_int (tree_fold (+) 0 (tree_map (fun x -> x * 10) t)); print_newline ();
  print_endline (tree_fold (^) "" (tree_map string_of_int t))
