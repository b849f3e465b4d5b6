type t = L | N of t;;
let rec mk n = if n = 0 then L else N (mk (n - 1));;
mk 5;;
mk 150;;
