(* Building strings with Buffer and String functions. *)
let repeat_join sep n s =
  let b = Buffer.create 32 in
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

let words s = List.filter (fun w -> w <> "") (String.split_on_char ' ' s)

let () =
  print_endline (repeat_join ", " 3 "ho");
  print_endline (escape "<a & b>");
  Printf.printf "%d\n" (List.length (words "  the  quick brown   fox "));
  print_endline (String.sub "robur unikernel" 6 9);
  print_endline (String.trim "   padded   ");
  Printf.printf "%b\n" (String.contains "hello" 'l');
  print_endline (String.map Char.uppercase_ascii "shout")
