let sum_small a =
  match a with
  | [||] -> 0
  | [| x |] -> x
  | [| x; y |] -> x + y
