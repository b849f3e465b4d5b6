type t = { a : int } let f r = r.a <- 1
