let l = List.map (fun (a, b) -> a + b) [1; 2]
