let area r =
  let pi = 3.14159
  pi *. r *. r
