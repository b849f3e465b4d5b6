print_string "unflushed";;
exit 3;;
