let first_of_pair l =
  let (x :: _) = l in
  x
