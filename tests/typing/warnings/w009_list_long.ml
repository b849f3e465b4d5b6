let first_two l =
  match l with
  | [] -> None
  | [x] -> Some (x, x)
