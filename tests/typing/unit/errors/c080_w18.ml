let f = function | [] -> 0 | [x] -> x | x :: y :: _ -> "many"
