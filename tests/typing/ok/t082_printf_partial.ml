(* Partial application of printf-family functions *)
let say = Printf.printf "%s says %s\n"
let alice_says = say "Alice"
let to_hex = Printf.sprintf "%08X"
let labelled label = Printf.sprintf "%s=%d" label
let fields = List.map (fun (k, v) -> labelled k v) [("a", 1); ("b", 2)]
let sprintf_list f l = String.concat ", " (List.map f l)
let floats = sprintf_list (Printf.sprintf "%.1f") [1.0; 2.25]
let bool_words = List.map (Printf.sprintf "%B") [true; false]
let char_codes = List.map (fun c -> Printf.sprintf "%C=%d" c (Char.code c)) ['a'; '\n']

let () =
  alice_says "hello";
  print_endline (to_hex 48879);
  List.iter print_endline fields;
  print_endline floats;
  print_endline (String.concat " " bool_words);
  print_endline (String.concat " " char_codes)
