let count = 10
let next = count +. 1
