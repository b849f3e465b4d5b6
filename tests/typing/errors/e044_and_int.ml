let both a b = a && b
let r = both true 0
