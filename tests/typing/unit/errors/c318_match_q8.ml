let f l = match l with [] -> 0 | [_] -> 1 | [_; _] -> 2
