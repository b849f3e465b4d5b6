(* Top-level items without any ;; at all; expressions via let () = ... *)
let greeting = "hi"

type t = A | B

let to_string = function A -> "A" | B -> "B"

let () = print_endline greeting

let _ = print_endline (to_string A)

module M = struct let v = 5 end

let () =
  print_endline (to_string B);
  print_int M.v;
  print_newline ()

exception E

let () = try raise E with E -> print_endline "caught"
