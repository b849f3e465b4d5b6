type person = { name : string; age : int }
let get (p : string * int) = p.name
