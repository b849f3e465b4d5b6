let x = (3 : float)
