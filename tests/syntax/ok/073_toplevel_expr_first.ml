(* A file starting with a top-level expression (no ;; needed before it). *)
print_endline "first";;
let a = 10
let b = 20;;
Printf.printf "%d\n" (a + b);;
(* a parenthesised expression at the top level *)
(print_endline "paren");;
begin print_endline "begin-end" end;;
if a < b then print_endline "if at top level";;
for i = 1 to 2 do print_int i done;;
print_newline ()
