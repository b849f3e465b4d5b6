let f = fun x -> let y = x in y y
