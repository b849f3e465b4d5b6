type tree = Leaf | Node of tree * int * tree
let rec size = function
  | Leaf -> 0
  | Node (l, r) -> size l + size r + 1
