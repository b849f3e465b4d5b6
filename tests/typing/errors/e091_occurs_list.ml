let rec wrap x = wrap [x]
