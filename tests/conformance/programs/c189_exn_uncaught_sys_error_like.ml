(* status: 2 *)
(* Uncaught Failure from int_of_string on bad input. *)
(* The output before the failure must be flushed to stdout; stderr gets the error. *)
let parse_all l = List.map int_of_string l

let () =
  let good = parse_all ["1"; "22"; "-333"; "0x44"] in
  Printf.printf "%s\n" (String.concat " " (List.map string_of_int good));
  let maybe = List.map int_of_string_opt ["5"; "five"] in
  Printf.printf "%s\n" (String.concat " " (List.map (function Some n -> string_of_int n | None -> "?") maybe));
  let bad = parse_all ["7"; "8"; "nine"; "10"] in
  Printf.printf "%d\n" (List.length bad);
  print_endline "never";
  ignore maybe;
  ()
