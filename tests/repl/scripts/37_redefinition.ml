let x = 1;;
let f () = x;;
let x = "now a string";;
x;;
f ();;
type t = A;;
let v = A;;
type t = B;;
B;;
