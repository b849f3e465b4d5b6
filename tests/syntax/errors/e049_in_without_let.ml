let f x =
  let y = (x + 1 in y) in
  y
