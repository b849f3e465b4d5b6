type 'a t = Leaf | Node of 'a t * 'a * 'a t
let rec size = function Leaf -> 0 | Node (l, _, r) -> size l + 1 + size r
let s = size (Node (Leaf, 1))
