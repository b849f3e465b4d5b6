(* Printf with many conversions; format strings are ordinary strings here. *)
let () =
  Printf.printf "%d|%5d|%-5d|%05d\n" 42 42 42 42;
  Printf.printf "%x|%X|%o|%#x\n" 255 255 8 255;
  Printf.printf "%f|%.2f|%e|%g\n" 3.14159 3.14159 12345.678 0.0001;
  Printf.printf "%s|%10s|%-10s|\n" "ab" "right" "left";
  Printf.printf "%c|%C|%S\n" 'x' 'y' "quoted \"s\"";
  Printf.printf "%b|%B\n" true false;
  Printf.printf "100%%\n";
  let s = Printf.sprintf "%d-%s" 1 "one" in
  print_endline s;
  let b = Buffer.create 16 in
  Printf.bprintf b "%d,%d" 1 2;
  print_endline (Buffer.contents b);
  print_string (Printf.sprintf "%*d|\n" 6 7)
