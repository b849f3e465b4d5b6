type point = { x : int; y : int }
let p = { x = ; y = 2 }
