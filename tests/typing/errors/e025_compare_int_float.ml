let is_small x = x < 1.0
let test = is_small 3
