(* a comment *) 1;;
(* nested (* comment *) *) let x = 2;;
x (* trailing *);;
(* "string in comment" *) 3;;
