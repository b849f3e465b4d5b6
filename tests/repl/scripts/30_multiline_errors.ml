let x =
  1 +
  "a";;
let y = 2;;
let z =
  (1 +
   2;;
y;;
