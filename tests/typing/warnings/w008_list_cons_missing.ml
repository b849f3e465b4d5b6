let is_empty l =
  match l with
  | [] -> true
