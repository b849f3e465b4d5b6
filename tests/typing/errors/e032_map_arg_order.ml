let double x = 2 * x
let doubled = List.map [1; 2; 3] double
