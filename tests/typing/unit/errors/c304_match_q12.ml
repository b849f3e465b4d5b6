let f = function "" -> 0 | "a" -> 1 | "*" -> 2
