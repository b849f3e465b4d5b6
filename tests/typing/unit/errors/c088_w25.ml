let f x = match x with (a, b) -> a | (a, b, c) -> b
