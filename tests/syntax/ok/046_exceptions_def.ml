(* Exception definitions with and without arguments. *)
exception Not_ready
exception Invalid of string
exception Out_of_range of int * int
exception Parse_error of int * string
exception Wrapped of exn

let check n =
  if n < 0 then raise (Invalid "negative")
  else if n > 100 then raise (Out_of_range (n, 100))
  else if n = 42 then raise Not_ready
  else if n = 7 then raise (Parse_error (7, "seven"))
  else if n = 13 then raise (Wrapped Not_found)
  else n

let safe n =
  try string_of_int (check n) with
  | Invalid s -> "invalid: " ^ s
  | Out_of_range (v, max) -> Printf.sprintf "%d > %d" v max
  | Not_ready -> "not ready"
  | Parse_error (line, msg) -> Printf.sprintf "line %d: %s" line msg
  | Wrapped Not_found -> "wrapped not found"
  | Wrapped _ -> "wrapped"

let () = List.iter (fun n -> print_endline (safe n)) [5; -1; 200; 42; 7; 13]
