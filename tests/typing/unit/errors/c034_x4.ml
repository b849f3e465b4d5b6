let f = function 0 -> "a" | _ -> 1
