(* status: 0 *)
(* Char: code, chr, lowercase/uppercase, escaped, compare, ranges in patterns. *)
let kind = function
  | 'a' .. 'z' -> "lower"
  | 'A' .. 'Z' -> "upper"
  | '0' .. '9' -> "digit"
  | ' ' | '\t' | '\n' -> "space"
  | '\000' .. '\031' | '\127' -> "control"
  | _ -> "other"

let () =
  String.iter (fun c -> Printf.printf "%C:%s " c (kind c)) "aZ5 \t\001\127#~";
  print_newline ();
  Printf.printf "%d %c %c %c\n" (Char.code 'A') (Char.chr 98) (Char.lowercase_ascii 'Q') (Char.uppercase_ascii 'q');
  Printf.printf "%c %c\n" (Char.uppercase_ascii '1') (Char.lowercase_ascii '!');
  Printf.printf "%d %d %b\n" (Char.compare 'a' 'b') (Char.compare 'z' 'a') (Char.equal 'x' 'x');
  let rot13 c = match c with
    | 'a' .. 'z' -> Char.chr ((Char.code c - 97 + 13) mod 26 + 97)
    | 'A' .. 'Z' -> Char.chr ((Char.code c - 65 + 13) mod 26 + 65)
    | c -> c in
  print_endline (String.map rot13 "Hello, World!");
  print_endline (String.map rot13 (String.map rot13 "Round Trip"));
  let counts = Array.make 256 0 in
  String.iter (fun c -> counts.(Char.code c) <- counts.(Char.code c) + 1) "mississippi";
  Array.iteri (fun i n -> if n > 0 then Printf.printf "%c=%d " (Char.chr i) n) counts;
  print_newline ();
  for i = 32 to 47 do print_char (Char.chr i) done;
  print_newline ()
