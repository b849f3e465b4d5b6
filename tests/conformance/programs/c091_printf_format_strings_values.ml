(* status: 0 *)
(* Format strings as values: format_of_string, string_of_format, choose at runtime. *)
let fmt_short = format_of_string "%d/%d"
let fmt_long = format_of_string "%d out of %d"

let () =
  let choose long = if long then fmt_long else fmt_short in
  print_endline (Printf.sprintf (choose false) 3 4);
  print_endline (Printf.sprintf (choose true) 3 4);
  print_endline (string_of_format fmt_long);
  let templates = [ format_of_string "<%s>"; format_of_string "[%s]"; format_of_string "%s!" ] in
  List.iter (fun t -> print_string (Printf.sprintf t "x")) templates;
  print_newline ();
  let f = Scanf.format_from_string "%d+%d" "%d+%d" in
  print_endline (Printf.sprintf f 1 2);
  let r = Scanf.sscanf "12 abc 3.5" "%d %s %f" (fun a b c -> Printf.sprintf "%d|%s|%.2f" a b c) in
  print_endline r;
  let sum = Scanf.sscanf "10,20,30" "%d,%d,%d" (fun a b c -> a + b + c) in
  Printf.printf "%d\n" sum;
  let hex = Scanf.sscanf "ff" "%x" (fun x -> x) in
  Printf.printf "%d\n" hex;
  Printf.printf "%S\n" (Scanf.sscanf "\"quoted str\" rest" "%S %s" (fun a b -> a ^ "/" ^ b))
