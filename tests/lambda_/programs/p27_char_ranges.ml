let kind c = match c with
  | 'a' .. 'z' -> "lower"
  | 'A' .. 'Z' -> "upper"
  | '0' .. '9' -> "digit"
  | ' ' | '\t' | '\n' -> "space"
  | _ -> "other"
let () =
  String.iter (fun c -> print_endline (kind c)) "aZ5 \t!";
  let count = ref 0 in
  String.iter (fun c -> match c with 'a' | 'e' | 'i' | 'o' | 'u' -> incr count | _ -> ()) "education";
  print_int !count; print_newline ()
