let let x = 1
