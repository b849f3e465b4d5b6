let f x =
  let y = x * 2 in
  y + 1
;;
f 3;;
let g = function
  | 0 -> "zero"
  | _ -> "other";;
g 0;;
