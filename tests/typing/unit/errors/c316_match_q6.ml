type t = { a : int option; b : bool }
let f = function { a = Some _; b = true } -> 1 | { a = None; _ } -> 2
