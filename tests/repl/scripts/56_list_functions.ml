List.filter (fun x -> x mod 2 = 0) [1; 2; 3; 4];;
List.sort compare [3; 1; 2];;
List.assoc 2 [(1, "a"); (2, "b")];;
List.assoc 3 [(1, "a")];;
List.nth [1; 2] 5;;
List.combine [1; 2] ["a"; "b"];;
List.partition (fun x -> x > 1) [1; 2; 3];;
List.exists (fun x -> x = 2) [1; 2];;
