let f x = match x with | Some y -> y | None -> "none" | Some 1 -> 2
