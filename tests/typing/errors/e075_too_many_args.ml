let incr_by_one x = x + 1
let result = incr_by_one 1 2
