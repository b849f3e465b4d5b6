type t = Leaf | Node of t * int * t
let rec insert x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, v, r) as n ->
    if x < v then Node (insert x l, v, r)
    else if x > v then Node (l, v, insert x r)
    else n
let rec to_list = function Leaf -> [] | Node (l, v, r) -> to_list l @ [v] @ to_list r
let rec depth = function Leaf -> 0 | Node (l, _, r) -> 1 + max (depth l) (depth r)
let describe = function
  | Node (Leaf, _, Leaf) -> "leaf node"
  | Node (Leaf, _, _) -> "right only"
  | Node (_, _, Leaf) -> "left only"
  | Node _ -> "both"
  | Leaf -> "empty"
let () =
  let t = List.fold_left (fun t x -> insert x t) Leaf [5; 3; 8; 1; 4; 7; 9; 3] in
  List.iter (fun x -> print_int x; print_char ' ') (to_list t); print_newline ();
  print_int (depth t); print_newline ();
  List.iter (fun t -> print_endline (describe t))
    [Leaf; Node (Leaf, 1, Leaf); Node (Leaf, 1, Node (Leaf, 2, Leaf)); Node (Node (Leaf, 0, Leaf), 1, Leaf); t]
