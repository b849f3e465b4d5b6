(* Character literals with every escape form. *)
let newline = '\n'
let tab = '\t'
let cr = '\r'
let backspace = '\b'
let space_esc = '\ '
let backslash = '\\'
let quote = '\''
let dquote = '\"'
let plain_dquote = '"'
let decimal_esc = '\065'
let hex_esc = '\x41'
let octal_esc = '\o101'
let letter = 'z'
let digit = '7'

let codes =
  [ newline; tab; cr; backspace; space_esc; backslash; quote; dquote;
    plain_dquote; decimal_esc; hex_esc; octal_esc; letter; digit ]

let () =
  List.iter (fun c -> Printf.printf "%d " (Char.code c)) codes;
  print_newline ();
  Printf.printf "%c%c%c\n" decimal_esc hex_esc octal_esc;
  print_char quote; print_char backslash; print_newline ()
