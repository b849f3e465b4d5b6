type shape = Circle of float | Rect of float * float
type scene = Empty | Single of shape | Pair of shape * shape

let count_circles = function
  | Empty -> 0
  | Single (Circle _) -> 1
  | Single (Rect _) -> 0
  | Pair (Circle _, Circle _) -> 2
  | Pair (Rect _, _) -> 0
