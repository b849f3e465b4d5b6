let a = 10;;
let b = a + "x";;
let c = a * 2;;
c;;
b;;
