type t = Leaf | Node of

let x = Leaf
