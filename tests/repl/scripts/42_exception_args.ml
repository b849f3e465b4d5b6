exception A of int;;
exception B of string * int list;;
exception C of { code : int };;
raise (A 1);;
raise (B ("x", [1; 2]));;
raise (C { code = 7 });;
module M = struct exception Inner of bool end;;
raise (M.Inner true);;
Printexc.to_string (A 3);;
