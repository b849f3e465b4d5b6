let x = 1.0 = 1
