(* status: 0 *)
(* One line per conversion, everything Printf knows in one program. *)
let () =
  Printf.printf "d:%d i:%i u:%u x:%x X:%X o:%o\n" (-5) (-5) 5 3054 3054 64;
  Printf.printf "s:%s S:%S c:%c C:%C\n" "str" "str" 'c' 'c';
  Printf.printf "f:%f F:%F e:%e E:%E g:%g G:%G h:%h H:%H\n" 1.5 1.5 1.5 1.5 1.5 1.5 1.5 1.5;
  Printf.printf "b:%b B:%B\n" true false;
  Printf.printf "a:%a t:%t\n" (fun oc s -> output_string oc (s ^ s)) "ab" (fun oc -> output_string oc "T");
  Printf.printf "l:%ld n:%nd L:%Ld\n" 1l 2n 3L;
  Printf.printf "li:%li lu:%lu lx:%lx lX:%lX lo:%lo\n" (-1l) 1l 255l 255l 8l;
  Printf.printf "Li:%Li Lu:%Lu Lx:%Lx LX:%LX Lo:%Lo\n" (-1L) 1L 255L 255L 8L;
  Printf.printf "ni:%ni nu:%nu nx:%nx nX:%nX no:%no\n" (-1n) 1n 255n 255n 8n;
  Printf.printf "percent:%% at:@ brace:{}\n";
  Printf.printf "flush:%!done\n";
  Printf.printf "star:%*d|%-*d|%.*f\n" 5 1 5 2 3 1.0;
  Printf.printf "%s\n" (Printf.sprintf "%5.1f|%-7.2e|%+g" 3.14159 0.001 2.0);
  Printf.printf "%d %s %c %f %b\n" 1 "mixed" 'z' 0.25 (1 < 2);
  Printf.printf "%x %X %o with neg: %x\n" max_int max_int max_int (-16)
