let get_or_fail o =
  match o with
  | Some x -> x
