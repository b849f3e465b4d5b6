type light = Red | Yellow | Green

let next (l, blinking) =
  match (l, blinking) with
  | (Red, false) -> Green
  | (Green, false) -> Yellow
  | (Yellow, false) -> Red
  | (_, true) when false -> Red
