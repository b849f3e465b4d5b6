let f = fun x -> x + 1 let y : float = f 1
