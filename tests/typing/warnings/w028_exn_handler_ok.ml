exception Stop of int

let run f =
  try f () with
  | Stop n -> n
  | Not_found -> -1
