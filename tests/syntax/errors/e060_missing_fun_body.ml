let apply = List.map (fun x -> ) [1; 2; 3]
