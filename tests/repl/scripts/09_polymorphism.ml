let pair x y = (x, y);;
pair 1;;
let r = ref [];;
r := [1];;
!r;;
let s = ref None;;
List.map;;
List.length;;
let f = List.map (fun x -> x);;
