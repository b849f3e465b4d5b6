(* status: 0 *)
(* Many width/precision/flag combinations computed in loops. *)
let () =
  for w = 0 to 6 do
    Printf.printf "[%*d][%-*d][%0*d][%*x][%*s]\n" w 123 w 123 w 123 w 255 w "ab"
  done;
  for p = 0 to 5 do
    Printf.printf "[%.*f][%.*e][%.*g][%.*s]\n" p 3.14159265 p 314.159265 p 0.000314159 p "abcdef"
  done;
  List.iter (fun n -> Printf.printf "%6d %6x %6o %+6d %-6d|\n" n n n n n) [0; 7; -7; 1000; -1000]
let () =
  let b = Buffer.create 256 in
  for w = 1 to 12 do
    Printf.bprintf b "%*s%-*s|" w "r" w "l";
    if w mod 4 = 0 then Buffer.add_char b '\n'
  done;
  print_string (Buffer.contents b);
  for i = -3 to 3 do Printf.printf "% 4d|%+4d|%04d|%-4d|\n" i i i i done
