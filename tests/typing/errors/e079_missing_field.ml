type point = { x : int; y : int }
let origin = { x = 0 }
