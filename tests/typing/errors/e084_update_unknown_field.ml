type config = { host : string; port : int }
let with_timeout c = { c with timeout = 30 }
