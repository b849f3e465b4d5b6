let point = (1, 2, 3)
let (x, y) = point
