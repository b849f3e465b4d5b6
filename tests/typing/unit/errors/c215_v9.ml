module S = Set.Make (String)
let s = S.add 1 S.empty
