let x = (fun x -> x) 1 2
