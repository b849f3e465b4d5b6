type t = { name : string; age : int }
let p = { name = "a"; age = "b" }
