(* Character functions and conversions. *)
let rot13 c =
  match c with
  | 'a'..'z' -> Char.chr ((Char.code c - 97 + 13) mod 26 + 97)
  | 'A'..'Z' -> Char.chr ((Char.code c - 65 + 13) mod 26 + 65)
  | _ -> c

let is_space = function ' ' | '\t' | '\n' | '\r' -> true | _ -> false

let () =
  print_endline (String.map rot13 "Hello, World!");
  print_endline (String.map rot13 (String.map rot13 "round trip"));
  Printf.printf "%d %c %c\n" (Char.code 'A') (Char.chr 98) (Char.lowercase_ascii 'Q');
  Printf.printf "%b %b\n" (is_space '\t') (is_space 'x');
  Printf.printf "%S\n" (String.make 3 '\x2a');
  Printf.printf "%s\n" (Char.escaped '\n');
  Printf.printf "%d\n" (compare 'a' 'b')
