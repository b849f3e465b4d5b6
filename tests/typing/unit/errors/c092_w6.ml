type t = { x : int }
let f t = t.x.y
