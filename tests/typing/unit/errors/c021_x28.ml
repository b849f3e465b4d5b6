type t = { mutable a : int } let f r = r.b <- 1
