let x = List.map (fun x -> x + 1) [1.0]
