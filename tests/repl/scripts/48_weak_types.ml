let r = ref [];;
let s = ref None;;
r;;
r := [1];;
r;;
s;;
let f = fun x -> x;;
let g = (fun x -> x) (fun y -> y);;
