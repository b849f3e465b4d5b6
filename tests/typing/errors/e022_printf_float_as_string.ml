let show price = Printf.sprintf "price: %s" price
let () = print_endline (show 9.99)
