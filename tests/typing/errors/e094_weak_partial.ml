let identity_all = List.map (fun x -> x)
