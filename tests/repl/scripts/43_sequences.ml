print_string "a"; print_string "b"; 3;;
let () = print_endline "unit binding";;
let _ = 5;;
ignore 3;;
();;
