(* String literals with escapes, unicode escapes and line continuation. *)
let simple = "hello, world"
let escapes = "tab:\t newline:\n quote:\" backslash:\\ apos:\'"
let numeric = "\065\x42\o103"
let unicode = "\u{48}\u{49}\u{1F600}"
let continued = "one, \
                 two, \
                 three"
let with_space_esc = "a\ b"
let empty = ""
let multi = "line one
line two"

let () =
  print_endline simple;
  print_endline escapes;
  print_endline numeric;
  Printf.printf "%d bytes\n" (String.length unicode);
  print_endline continued;
  print_endline with_space_esc;
  Printf.printf "empty=%S\n" empty;
  print_endline multi
