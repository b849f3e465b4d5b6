let f x =
  let y = 1 in
  x
let g = function Some x -> x
let h () = let z = 1 in 0
