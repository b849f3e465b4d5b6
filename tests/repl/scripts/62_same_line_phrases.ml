let a = 1;; let b = 2;;
a + b;;
let c = 3;; let d = );;
c;;
