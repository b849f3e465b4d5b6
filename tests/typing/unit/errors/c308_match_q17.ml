let f = function lazy 1 -> 1
