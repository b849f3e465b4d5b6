(* status: 2 *)
(* An uncaught Stack_overflow terminates the program with status 2. *)
let rec count_forever n = 1 + count_forever (n + 1)

let () =
  print_endline "about to overflow";
  let safe = try count_forever 0 with Stack_overflow -> -1 in
  Printf.printf "first time caught: %d\n" safe;
  let rec loop n = if n > 0 then loop (n - 1) in
  loop 1000;
  print_endline "second time not caught";
  let r = count_forever 0 in
  Printf.printf "unreachable %d\n" r;
  loop 0;
  print_endline "unreachable too"
