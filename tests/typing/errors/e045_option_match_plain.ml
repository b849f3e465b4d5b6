let find_index x l =
  let rec go i = function
    | [] -> None
    | y :: ys -> if x = y then Some i else go (i + 1) ys
  in
  go 0 l

let describe x l =
  match find_index x l with
  | -1 -> "missing"
  | i -> string_of_int i
