let p = print_string 1
