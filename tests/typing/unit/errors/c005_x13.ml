let x = not 1
