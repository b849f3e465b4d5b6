assert (1 = 2);;
assert true;;
let f = function 0 -> 1;;
f 5;;
let g x = match x with 1 -> "one";;
g 2;;
