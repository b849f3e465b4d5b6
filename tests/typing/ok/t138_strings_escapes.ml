(* String literals with escapes and %S printing *)
let quoted = "tab\there \"quoted\" back\\slash"
let newline = "line1\nline2"
let unicode = "caf\xc3\xa9"
let decimal = "\065\066\067"
let quoted_string = {|raw "string" with \n no escapes|}
let lengths = List.map String.length [quoted; newline; unicode; decimal; quoted_string]

let () =
  Printf.printf "%S\n%S\n%S\n%s\n" quoted newline unicode decimal;
  print_endline quoted_string;
  List.iter (Printf.printf "%d ") lengths;
  print_newline ()
