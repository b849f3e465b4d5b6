let a = 1;;
let b = failwith "no";;
b;;
a;;
let c = a + 1;;
c;;
