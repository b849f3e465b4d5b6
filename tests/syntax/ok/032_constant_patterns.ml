(* Constant patterns: ints, negative ints, chars, strings, floats, bools, unit. *)
let int_name = function
  | -1 -> "minus one"
  | 0 -> "zero"
  | 0x10 -> "sixteen"
  | 0b11 -> "three"
  | 1_000 -> "thousand"
  | _ -> "other"

let char_name = function
  | '\n' -> "newline"
  | '\t' -> "tab"
  | '\\' -> "backslash"
  | '\'' -> "quote"
  | '\065' -> "A"
  | c -> String.make 1 c

let str = function "" -> "empty" | "\n" -> "nl" | s -> s

let flt = function 0.0 -> "zero" | 1.5 -> "one and a half" | -2.5 -> "neg" | _ -> "?"

let bl = function true -> 1 | false -> 0

let un () = match () with () -> "unit"

let () =
  List.iter (fun n -> print_endline (int_name n)) [-1; 0; 16; 3; 1000; 7];
  List.iter (fun c -> print_endline (char_name c)) ['\n'; '\t'; '\\'; '\''; 'A'; 'z'];
  List.iter (fun s -> print_endline (str s)) [""; "\n"; "x"];
  List.iter (fun f -> print_endline (flt f)) [0.; 1.5; -2.5; 3.];
  Printf.printf "%d%d %s\n" (bl true) (bl false) (un ())
