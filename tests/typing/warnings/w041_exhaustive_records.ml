type flags = { read : bool; write : bool }

let mode f =
  match f with
  | { read = true; write = true } -> "rw"
  | { read = true; write = false } -> "r"
  | { read = false; write = true } -> "w"
  | { read = false; write = false } -> "-"

let first a =
  match a with
  | [||] -> None
  | _ -> Some a.(0)
