let rec f = fun x -> g x and g = 1
