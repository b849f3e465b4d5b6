let summary items =
  let total = List.fold_left ( + ) 0 items in
  Printf.sprintf "total=%d" totl
