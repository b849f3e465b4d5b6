(* Values of format type *)
let fmt = format_of_string "%d"
let fmt2 = format_of_string "%s=%d\n"
let f = Printf.sprintf "%d-%s"
let g = Printf.printf "%c%c\n"
let h = Printf.sprintf "%5.2f|%x"
let concat_fmt = format_of_string "%d" ^^ format_of_string " and %s"
let ksprintf_ex = Printf.ksprintf (fun s -> String.length s) "%d:%d"

let () =
  print_endline (f 1 "a");
  g 'o' 'k';
  print_endline (h 1.0 255);
  Printf.printf fmt 10;
  print_newline ();
  Printf.printf fmt2 "x" 3;
  print_endline (Printf.sprintf concat_fmt 1 "two");
  print_int (ksprintf_ex 12 345);
  print_newline ()
