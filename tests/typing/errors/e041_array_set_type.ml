let grid = Array.make 10 0
let () = grid.(3) <- "x"
