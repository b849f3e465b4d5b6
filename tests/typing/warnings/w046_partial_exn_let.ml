type pair = P of int * int | Single of int

let sum p =
  let (P (a, b)) = p in
  a + b
