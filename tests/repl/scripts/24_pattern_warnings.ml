let f = function 1 -> 2;;
f 1;;
f 3;;
let g x = match x with Some y -> y;;
let h = function [] -> 0 | _ :: _ -> 1 | [_] -> 2;;
let unused x = let y = 1 in x;;
