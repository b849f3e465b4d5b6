let x = fst (1, 2, 3)
