let s = {foo|never closed with the right tag|bar}
let t = 1
