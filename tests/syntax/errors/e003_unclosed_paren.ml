let total = (1 + 2 * (3 + 4)

let () = print_int total
