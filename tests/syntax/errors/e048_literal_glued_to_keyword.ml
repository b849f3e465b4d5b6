let f x = if x>0then 1 else 0
