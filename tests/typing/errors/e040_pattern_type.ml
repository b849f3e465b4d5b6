let command s =
  match s with
  | "start" -> 1
  | 0 -> 2
  | _ -> 3
