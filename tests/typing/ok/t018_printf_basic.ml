(* Printf conversions *)
let () =
  Printf.printf "%d %i %u\n" 42 (-7) 3;
  Printf.printf "%x %X %o\n" 255 255 8;
  Printf.printf "%s %S\n" "plain" "quoted";
  Printf.printf "%c %C\n" 'a' 'b';
  Printf.printf "%f %F\n" 3.14 2.0;
  Printf.printf "%e %E\n" 1234.5 0.001;
  Printf.printf "%g %G\n" 0.0001 1e10;
  Printf.printf "%h\n" 1.5;
  Printf.printf "%b %B\n" true false;
  Printf.printf "100%%\n"

let show_int n = Printf.sprintf "<%d>" n
let show_pair a b = Printf.sprintf "(%s, %d)" a b
let show_float = Printf.sprintf "%.3f"
let hex = Printf.sprintf "%#x"

let () =
  print_endline (show_int 5);
  print_endline (show_pair "x" 1);
  print_endline (show_float 2.5);
  print_endline (hex 255)
