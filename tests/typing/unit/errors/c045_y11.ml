let x = match [1] with [a; b] -> a | _ -> "b"
