let f x = match x with | 'a'..'z' -> 1 | 'A'..'Z' -> 2
