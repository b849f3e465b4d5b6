(* Printf under robur: every conversion, flags, widths, precisions, `*`,
   %a/%t, sprintf/bprintf/ksprintf/kfprintf, edge values; compared with
   ocamlopt's output by test_under_robur.py. *)

let line s = print_string s; print_char '\n'

let count = ref 0

let show fmt_text s = incr count; line (fmt_text ^ " => [" ^ s ^ "]")

let ints = [0; 1; -1; 7; -42; 255; 1234567; max_int; min_int; 1000]

let int_fmts : (int -> string, unit, string) format list =
  ["%d"; "%i"; "%u"; "%x"; "%X"; "%o"; "%5d"; "%-5d|"; "%05d"; "%+d"; "% d";
   "%.3d"; "%.0d"; "%8.3d"; "%-8.3d|"; "%#x"; "%#X"; "%#o"; "%08x"; "%#08x";
   "%+5d"; "%+05d"; "% 5d"; "%#d"; "%#u"; "%.10x"; "%-#10x|"; "%3u"; "%+.4d";
   "%#i"; "%1d"; "%20d"; "%-20x|"]

let floats = [0.; -0.; 1.; -1.5; 2.; 3.14159265358979; 1e300; -1e-300; 1e15; 123456.789;
              nan; infinity; neg_infinity; 0.1; 5e-324]

let float_fmts : (float -> string, unit, string) format list =
  ["%f"; "%F"; "%e"; "%E"; "%g"; "%G"; "%h"; "%H"; "%.2f"; "%.0f"; "%10.3f";
   "%-10.3f|"; "%010.3f"; "%+f"; "% f"; "%.2F"; "%+.2F"; "%12F"; "%.3e"; "%+.3E";
   "%.10g"; "%#F"; "%.3h"; "%.0e"; "%20.10e"; "%.1g"; "%5F"; "%-12g|"]

let strings = [""; "a"; "hello"; "with \"quotes\""; "tab\tnl\n"; "\\back"; "\001\127\200\255"; "  sp  "]

let string_fmts : (string -> string, unit, string) format list =
  ["%s"; "%S"; "%5s"; "%-5s|"; "%10S"; "%-10S|"; "%1s"]

let chars = ['a'; ' '; '\''; '"'; '\\'; '\n'; '\t'; '\000'; '\255'; '~']

let char_fmts : (char -> string, unit, string) format list =
  ["%c"; "%C"; "%3c"; "%-3c|"; "%5C"; "%-5C|"]

let () =
  List.iter (fun f -> List.iter (fun x -> show (string_of_format f) (Printf.sprintf f x)) ints) int_fmts;
  List.iter (fun f -> List.iter (fun x -> show (string_of_format f) (Printf.sprintf f x)) floats) float_fmts;
  List.iter (fun f -> List.iter (fun x -> show (string_of_format f) (Printf.sprintf f x)) strings) string_fmts;
  List.iter (fun f -> List.iter (fun x -> show (string_of_format f) (Printf.sprintf f x)) chars) char_fmts;
  List.iter (fun b -> show "%b %B %6b %-6B|" (Printf.sprintf "%b %B %6b %-6B|" b b b b)) [true; false]

(* boxed integers *)
let () =
  List.iter (fun x -> show "%ld %lx %lu %5li %lX %lo" (Printf.sprintf "%ld %lx %lu %5li %lX %lo" x x x x x x))
    [0l; 1l; -1l; 2147483647l; -2147483648l; 77l];
  List.iter (fun x -> show "%Ld %Lx %Lu %+Ld %020Ld %LX %#Lo" (Printf.sprintf "%Ld %Lx %Lu %+Ld %020Ld %LX %#Lo" x x x x x x x))
    [0L; 1L; -1L; 9223372036854775807L; -9223372036854775808L; 1234L];
  List.iter (fun x -> show "%nd %nx %nu %-8nd|" (Printf.sprintf "%nd %nx %nu %-8nd|" x x x x))
    [0n; 1n; -1n; 4611686018427387904n; -77n]

(* `*` width and precision *)
let () =
  List.iter (fun w ->
      show "%*d" (Printf.sprintf "%*d" w 42);
      show "%-*d|" (Printf.sprintf "%-*d|" w (-42));
      show "%0*d" (Printf.sprintf "%0*d" w (-42));
      show "%*s|" (Printf.sprintf "%*s|" w "ab");
      show "%.*f" (Printf.sprintf "%.*f" (abs w) 3.14159);
      show "%*.*f" (Printf.sprintf "%*.*f" w (abs w) 2.5);
      show "%.*d" (Printf.sprintf "%.*d" (abs w) 7);
      show "%*.*x" (Printf.sprintf "%*.*x" w 3 255))
    [0; 1; 3; 8; -6; -1]

(* %a, %t, %!, %%, %@, literals *)
let pr_pair () (a, b) = Printf.sprintf "(%d,%s)" a b
let pr_pair_oc oc (x, y) = Printf.fprintf oc "{%d;%s}" x y
let () =
  show "%a" (Printf.sprintf "%a" pr_pair (1, "one"));
  show "x%ay%az" (Printf.sprintf "x%ay%az" pr_pair (1, "a") pr_pair (-2, ""));
  show "%t" (Printf.sprintf "%t" (fun () -> "thunk"));
  show "%d%t%d" (Printf.sprintf "%d%t%d" 1 (fun () -> "-") 2);
  show "100%% %@ %!done" (Printf.sprintf "100%% %@ %!done");
  show "no conversions" (Printf.sprintf "no conversions");
  show "empty" (Printf.sprintf "");
  show "%s%d%c%f%b" (Printf.sprintf "%s%d%c%f%b" "s" 1 'c' 1.5 false);
  show "@[not format@]" (Printf.sprintf "@[not format@]");
  show "concat" (Printf.sprintf ("%d-" ^^ "%s") 5 "five");
  let f = Printf.sprintf "%d+%d" 3 in
  show "partial" (f 4 ^ " " ^ f 5);
  Printf.printf "printf %d %s %a %t%!\n" 1 "two" pr_pair_oc (3, "three") (fun oc -> output_string oc "four");
  Printf.fprintf stdout "fprintf %5.1f|%-3c|%S\n" 9.96 'z' "q\"";
  show "ksprintf" (Printf.ksprintf (fun s -> "k:" ^ s ^ ":" ^ string_of_int (String.length s)) "%d/%s" 12 "abc");
  show "ksprintf0" (Printf.ksprintf (fun s -> "[" ^ s ^ "]") "nothing");
  let r = Printf.kfprintf (fun _ -> 99) stdout "kfprintf %d\n" 98 in
  show "kfprintf result" (string_of_int r);
  let order = ref [] in
  let note s () = order := s :: !order; s in
  show "order" (Printf.sprintf "%t%t%t" (note "a") (note "b") (note "c"));
  show "order2" (String.concat "," (List.rev !order));
  line ("total " ^ string_of_int !count)
