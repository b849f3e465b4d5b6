(* Format strings passed around as values *)
let print_twice fmt x = Printf.printf fmt x; Printf.printf fmt x
let int_line = format_of_string "%d\n"
let pair_fmt = format_of_string "(%d, %s)"
let show_pair (a, b) = Printf.sprintf pair_fmt a b
let fmt_float_prec = format_of_string "%.*f"
let pct = format_of_string "%d%%"
let header = Printf.sprintf "%-10s|%10s"
let kprint = Printf.ksprintf print_endline "[%s] %d"

let () =
  print_twice int_line 7;
  print_endline (show_pair (1, "one"));
  print_endline (Printf.sprintf fmt_float_prec 2 3.14159);
  print_endline (Printf.sprintf pct 50);
  print_endline (header "left" "right");
  kprint "info" 3
