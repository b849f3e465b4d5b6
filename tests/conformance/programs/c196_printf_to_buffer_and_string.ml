(* status: 0 *)
(* The same format used with printf, sprintf, bprintf and fprintf. *)
let fmt () = format_of_string "%-5s|%5d|%7.3f|%c|%B\n"

let () =
  Printf.printf (fmt ()) "pf" 1 1.5 'a' true;
  print_string (Printf.sprintf (fmt ()) "spf" 22 (-2.25) 'b' false);
  let b = Buffer.create 32 in
  Printf.bprintf b (fmt ()) "bpf" 333 3.14159 'c' true;
  print_string (Buffer.contents b);
  Printf.fprintf stdout (fmt ()) "fpf" 4444 1e3 'd' false;
  let lines = List.map (fun i -> Printf.sprintf (fmt ()) (string_of_int i) (i * i) (sqrt (float i)) (Char.chr (64 + i)) (i mod 2 = 0)) [1; 2; 3; 4; 5] in
  List.iter print_string lines;
  let total = List.fold_left (fun acc s -> acc + String.length s) 0 lines in
  Printf.printf "total chars %d\n" total;
  Printf.printf "%s" (Printf.sprintf "%s%s%s" "a" (Printf.sprintf "%d" 1) (Printf.sprintf "%c\n" 'z'))
