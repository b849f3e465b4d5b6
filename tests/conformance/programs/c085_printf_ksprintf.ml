(* status: 0 *)
(* ksprintf, kbprintf, sprintf partial application and format concatenation. *)
let log_lines = ref []
let logf fmt = Printf.ksprintf (fun s -> log_lines := s :: !log_lines) fmt
let fail_with fmt = Printf.ksprintf failwith fmt

let () =
  logf "started %d workers" 4;
  logf "%s: %.1f%%" "progress" 42.5;
  logf "no args";
  List.iter print_endline (List.rev !log_lines);
  (try fail_with "error code %d (%s)" 17 "bad" with Failure m -> print_endline ("caught: " ^ m));
  let fmt_pair = Printf.sprintf "(%d, %s)" in
  let f1 = fmt_pair 1 in
  print_endline (f1 "a" ^ " " ^ f1 "b");
  let fmt = "%d-" ^^ "%s" ^^ "-%c" in
  print_endline (Printf.sprintf fmt 1 "two" '3');
  let b = Buffer.create 8 in
  Printf.kbprintf (fun b -> Buffer.add_string b "<done>") b "%d+%d" 2 3;
  print_endline (Buffer.contents b);
  let r = Printf.ksprintf String.length "%s%s" "abc" "de" in
  Printf.printf "%d\n" r;
  let printers = List.map (fun w -> Printf.sprintf "%*d|" w) [1; 3; 5] in
  List.iter (fun p -> print_string (p 7)) printers;
  print_newline ()
