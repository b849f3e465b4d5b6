type point = { x : int; y : int }
type person = { name : string; age : int }
let p = { x = 1; name = "a" }
