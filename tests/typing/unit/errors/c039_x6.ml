type t = { a : int } let f x = x.a let y = f { b = 1 }
