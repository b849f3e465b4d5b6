let l = List.map (fun x -> x) 1
