let verbosity s =
  match s with
  | "-v" -> 1
  | "-vv" -> 2
  | _ -> 0

let hex_digit c =
  match c with
  | '0' .. '9' -> Char.code c - 48
  | 'a' .. 'f' | 'A' .. 'F' -> Char.code (Char.lowercase_ascii c) - 87
  | _ -> -1
