let f l =
  match l with
  | [] -> 0
  | None :: _ -> 1
  | Some 0 :: _ -> 2
