let f x = match x with Ok 1 -> 1 | Error _ -> 2
