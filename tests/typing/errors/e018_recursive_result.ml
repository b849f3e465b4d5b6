let rec double_all = function
  | [] -> 0
  | x :: xs -> (2 * x) :: double_all xs
