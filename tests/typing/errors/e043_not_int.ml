let flag = 1
let inverted = not flag
