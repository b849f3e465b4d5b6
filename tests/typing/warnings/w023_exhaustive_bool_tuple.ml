let nand a b =
  match (a, b) with
  | (true, true) -> false
  | (false, _) | (_, false) -> true

let describe o =
  match o with
  | None -> "nothing"
  | Some (Some _) -> "deep"
  | Some None -> "shallow"
