(* Character range patterns 'a'..'z'. *)
let kind = function
  | 'a'..'z' -> "lower"
  | 'A'..'Z' -> "upper"
  | '0'..'9' -> "digit"
  | ' ' | '\t' | '\n' -> "space"
  | '\000'..'\031' -> "control"
  | _ -> "other"

let is_hex = function '0'..'9' | 'a'..'f' | 'A'..'F' -> true | _ -> false

let hex_value c =
  match c with
  | '0'..'9' as d -> Char.code d - Char.code '0'
  | 'a'..'f' as l -> Char.code l - Char.code 'a' + 10
  | 'A'..'F' as u -> Char.code u - Char.code 'A' + 10
  | _ -> invalid_arg "hex_value"

let parse_hex s = String.fold_left (fun acc c -> acc * 16 + hex_value c) 0 s

let () =
  String.iter (fun c -> Printf.printf "%C:%s " c (kind c)) "aZ5 \001!";
  print_newline ();
  Printf.printf "%b %b\n" (is_hex 'e') (is_hex 'g');
  Printf.printf "%d\n" (parse_hex "ff10")
