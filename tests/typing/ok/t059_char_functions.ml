(* Character classification and conversion *)
let is_digit c = c >= '0' && c <= '9'
let is_alpha c = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
let is_space = function ' ' | '\t' | '\n' | '\r' -> true | _ -> false
let digit_value c = Char.code c - Char.code '0'

let count_classes s =
  let d = ref 0 and a = ref 0 and sp = ref 0 in
  String.iter (fun c -> if is_digit c then incr d else if is_alpha c then incr a else if is_space c then incr sp) s;
  (!d, !a, !sp)

let rot13 c =
  if c >= 'a' && c <= 'z' then Char.chr ((Char.code c - 97 + 13) mod 26 + 97)
  else if c >= 'A' && c <= 'Z' then Char.chr ((Char.code c - 65 + 13) mod 26 + 65)
  else c

let escaped_chars = List.map Char.escaped ['\n'; 'a'; '\''; '\\']
let tab = '\t'
let code_of_a = Char.code 'a'

let () =
  let (d, a, sp) = count_classes "abc 123 x" in
  Printf.printf "%d %d %d %d\n" d a sp (digit_value '7');
  print_endline (String.map rot13 "Hello");
  print_endline (String.concat "|" escaped_chars);
  Printf.printf "%C %d\n" tab code_of_a
