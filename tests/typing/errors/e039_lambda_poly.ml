let apply_both f = (f 1, f "one")
