(* Building strings with Buffer and Bytes *)
let repeat_with_sep n sep s =
  let b = Buffer.create (n * (String.length s + String.length sep)) in
  for i = 1 to n do
    if i > 1 then Buffer.add_string b sep;
    Buffer.add_string b s
  done;
  Buffer.contents b

let escape s =
  let b = Buffer.create (String.length s) in
  String.iter (function
    | '<' -> Buffer.add_string b "&lt;"
    | '>' -> Buffer.add_string b "&gt;"
    | '&' -> Buffer.add_string b "&amp;"
    | c -> Buffer.add_char b c) s;
  Buffer.contents b

let capitalize_words s =
  let b = Bytes.of_string s in
  Bytes.iteri (fun i c -> if i = 0 || Bytes.get b (i - 1) = ' ' then Bytes.set b i (Char.uppercase_ascii c)) b;
  Bytes.to_string b

let hex_of_string s = String.concat "" (List.map (fun c -> Printf.sprintf "%02x" (Char.code c)) (List.of_seq (String.to_seq s)))

let () =
  print_endline (repeat_with_sep 3 ", " "ab");
  print_endline (escape "<a & b>");
  print_endline (capitalize_words "hello big world");
  print_endline (hex_of_string "OK")
