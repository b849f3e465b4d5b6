let f = Array.get [1;2] 0
