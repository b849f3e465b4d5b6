let f x = if x then 1
let y = f true
