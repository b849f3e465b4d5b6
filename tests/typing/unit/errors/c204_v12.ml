let f = Printf.printf "%d %d" 1 "a"
