let a = 1 and b = "two";;
let rec even n = n = 0 || odd (n - 1) and odd n = n <> 0 && even (n - 1);;
even 10, odd 7;;
let (x, y) = (1, 2);;
let { contents = z } = ref 5;;
