let average l =
  let total = List.fold_left ( + ) 0 l in
  total / 2.0
