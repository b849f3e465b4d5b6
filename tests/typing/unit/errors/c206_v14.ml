let () = Printf.printf "%f\n" 1
