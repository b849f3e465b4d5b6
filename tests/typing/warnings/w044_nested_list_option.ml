let both l =
  match l with
  | [Some a; Some b] -> a + b
  | [None; _] -> 0
  | [] -> 0
