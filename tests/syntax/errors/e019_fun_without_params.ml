let id = fun -> x
