let f x =
  match x with

let g = 1
