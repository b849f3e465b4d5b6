let f (x : int list) = match x with [] -> 0 | h :: t -> h ^ "a"
