open

let x = 1
