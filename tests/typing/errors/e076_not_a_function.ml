let scale = 5
let result = scale 3
