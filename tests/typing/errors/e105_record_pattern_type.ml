type point = { x : int; y : int }
let is_origin = function
  | { x = 0.0; y = 0 } -> true
  | _ -> false
