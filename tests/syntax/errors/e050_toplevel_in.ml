let x = 1 in
let y = 2
