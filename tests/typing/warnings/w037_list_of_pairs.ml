let first_key l =
  match l with
  | (k, _) :: _ -> k
