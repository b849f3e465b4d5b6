exception Oops of string;;
#show Oops;;
module type S = sig val v : int end;;
#show S;;
#show_val List.length;;
#show_exception Not_found;;
#show_type option;;
