let type = "int"
