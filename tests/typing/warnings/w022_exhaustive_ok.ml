type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree

let rec depth = function
  | Leaf -> 0
  | Node (l, _, r) -> 1 + max (depth l) (depth r)

let is_leaf = function Leaf -> true | Node _ -> false

let classify = function
  | [] -> "none"
  | [_] -> "one"
  | _ :: _ :: _ -> "many"
