let f = function 0.0 -> 1 | 1.0 -> 2
