let empty : list = []
