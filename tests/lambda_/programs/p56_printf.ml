let () =
  Printf.printf "%d|%5d|%-5d|%05d|%x|%X|%o\n" 42 42 42 42 255 255 8;
  Printf.printf "%s|%10s|%-10s|%S\n" "hi" "right" "left" "quo\"te";
  Printf.printf "%c|%C|%b|%%\n" 'z' 'q' false;
  Printf.printf "%f|%.2f|%8.3f|%e|%g|%F\n" 3.14159 2.5 1.0 1234.5 0.0001 2.0;
  let s = Printf.sprintf "%d-%s" 7 "seven" in
  print_endline s;
  let f = Printf.printf "%d %d\n" in
  f 1 2; f 3 4
