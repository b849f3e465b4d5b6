(* Every conversion in one format, printed type is a long arrow *)
let everything =
  Printf.sprintf "%d %i %u %x %X %o %s %S %c %C %f %F %e %E %g %G %h %b %B %%"

let with_a_and_t = Printf.sprintf "%a|%t" (fun () x -> string_of_int x)

let fprint_everything oc =
  Printf.fprintf oc "%5d|%-5i|%05u|%#x|%#X|%#o|%10s|%-10S|%c|%C|%8.3f|%F|%.2e|%E|%g|%G|%h|%b|%B\n"

let () =
  print_endline (everything 1 2 3 255 255 8 "s" "S" 'c' 'C' 1.5 1.5 1.5 1.5 1.5 1.5 1.5 true false);
  print_endline (with_a_and_t 42 (fun () -> "t"));
  fprint_everything stdout 1 2 3 255 255 8 "s" "S" 'c' 'C' 1.5 1.5 1.5 1.5 1.5 1.5 1.5 true false
