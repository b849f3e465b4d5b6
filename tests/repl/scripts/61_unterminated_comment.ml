let x = 1;;
(* unterminated
