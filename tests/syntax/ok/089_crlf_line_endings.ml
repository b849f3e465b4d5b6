(* This file uses CRLF (Windows) line endings. *)
let greet name =
  "Hello, " ^ name

let multi = "a
b"

let () =
  print_endline (greet "crlf");
  Printf.printf "%d\n" (String.length multi)
