[1; 2; 3];;
[];;
[[1]; []; [2; 3]];;
List.map (fun x -> x * 2) [1; 2; 3];;
List.init 50 (fun i -> i);;
List.init 400 (fun i -> i);;
let l = List.rev [1; 2; 3];;
List.fold_left (+) 0 l;;
1 :: 2 :: [];;
