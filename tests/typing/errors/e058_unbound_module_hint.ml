let doubled = Lisst.map (fun x -> 2 * x) [1; 2; 3]
