let rec
let x = 1
