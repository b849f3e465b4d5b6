type t = { name : string; age : int }
let older p = { p with age = p.age + 1; name = 3 }
