let f x = x.contents + 1 let g = f (ref "a")
