let f x = match x with 1 | 2 -> "a" | 2 -> "b" | _ -> "c"
