(* Printf flags, widths, precisions and star *)
let () =
  Printf.printf "[%5d] [%-5d] [%05d] [%+d] [% d]\n" 42 42 42 42 42;
  Printf.printf "[%10s] [%-10s]\n" "right" "left";
  Printf.printf "[%8.3f] [%-8.2f] [%.0f]\n" 3.14159 2.5 9.9;
  Printf.printf "[%*d] [%-*d]\n" 6 7 6 7;
  Printf.printf "[%.*f]\n" 2 1.23456;
  Printf.printf "[%*.*f]\n" 10 3 1.5;
  Printf.printf "[%#o] [%#X]\n" 8 255;
  Printf.printf "[%3c]\n" 'z'

let padded width = Printf.sprintf "%*d" width
let precise = Printf.sprintf "%.*f"
let table_row name qty price = Printf.sprintf "%-12s %4d %8.2f" name qty price

let () =
  print_endline (padded 5 3);
  print_endline (precise 3 3.14159);
  print_endline (table_row "apples" 3 1.25)
