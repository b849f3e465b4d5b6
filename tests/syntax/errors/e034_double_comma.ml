let pair = (1, , 2)
