let rec f n = 1 + f (n + 1);;
f 0;;
let after = 3;;
after;;
