type tree = tree list
