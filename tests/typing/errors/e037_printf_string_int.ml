let count = 3
let () = Printf.printf "count = %s\n" count
