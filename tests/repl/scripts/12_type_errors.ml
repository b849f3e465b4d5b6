1 + "a";;
let f x = x + 1;;
f "s";;
let g = f 1 2;;
unknown_value;;
let x : string = 3;;
[1; "a"];;
if true then 1;;
Some 1 = 1;;
