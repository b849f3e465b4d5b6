let x = let y = 1 in y +. 1.
