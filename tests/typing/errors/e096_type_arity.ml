type table = (string, int) list
