let f x = try x () with Not_found -> 1 | Not_found -> 2
