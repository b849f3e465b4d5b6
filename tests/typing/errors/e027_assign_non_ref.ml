let total = 0
let add x = total := total + x
