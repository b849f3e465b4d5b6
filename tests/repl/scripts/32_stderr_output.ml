prerr_endline "to stderr";;
print_endline "to stdout";;
Printf.eprintf "e%d\n" 1;;
1;;
