(* status: 0 *)
(* String literals with every escape, quoted strings, String.escaped. *)
let () =
  let s = "tab\there\nnewline \\ backslash \"quote\" \'single\' \065\x42\o103 \u{48}" in
  print_endline s;
  print_endline (String.escaped s);
  let q = {|raw \n no escapes "here"|} in
  print_endline q;
  let q2 = {id|contains |} inside|id} in
  print_endline q2;
  let multi = "line one\n\
               line two (leading blanks skipped)" in
  print_endline multi;
  Printf.printf "%d %d\n" (String.length "\000\255") (Char.code "\255".[0]);
  print_endline (String.escaped "\000\001\127\200 é");
  Printf.printf "%S\n" "with \"quotes\" and \\ and \n";
  print_endline (Char.escaped '\'' ^ Char.escaped '\\' ^ Char.escaped '\n' ^ Char.escaped 'a' ^ Char.escaped '\t');
  Printf.printf "%C %C %C\n" 'x' '\n' '\'';
  Printf.printf "%d\n" (String.length "é")
