let x = 1;;
print_endline "before exit";;
exit 0;;
print_endline "never";;
