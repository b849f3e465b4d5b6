exception Stop of int

let run f =
  try f () with
  | Stop _ -> 0
  | Stop 1 -> 1
  | _ -> 2
