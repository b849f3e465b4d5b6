let f l = List.fold_left (fun acc x -> acc + x) 0 l
let s = f ["a"]
