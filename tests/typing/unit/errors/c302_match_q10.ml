let f x = match x with (Some 1, _) | (_, Some 1) -> 1 | (None, None) -> 2
