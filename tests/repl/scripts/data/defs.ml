let square x = x * x
type shape = Dot | Line of int
let describe = function Dot -> "dot" | Line n -> "line " ^ string_of_int n
;;
print_endline "defs loaded"
