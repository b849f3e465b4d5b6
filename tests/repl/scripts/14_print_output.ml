print_string "hello";;
print_endline "world";;
print_int 42;;
print_newline ();;
let x = print_string "a"; 3;;
Printf.printf "%d-%s\n" 1 "two";;
print_char 'c';;
Printf.printf "no newline";;
print_float 1.5;;
