module M = Map.Make (Int)
let m = M.add "a" 1 M.empty
