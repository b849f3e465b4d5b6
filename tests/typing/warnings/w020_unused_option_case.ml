let to_int o =
  match o with
  | None -> 0
  | Some n -> n
  | Some 0 -> -1
