type op = Add | Sub | Mul | Div | Mod | Pow | Neg | Abs

let arity = function
  | Add | Sub | Mul | Div -> 2
  | Neg -> 1
