let a = Array.map (fun x -> x + 1) [1; 2]
