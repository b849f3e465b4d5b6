(* status: 0 *)
(* String module: sub, concat, index, contains, trim, case, compare. *)
let () =
  let s = "  Hello, OCaml World!  " in
  let t = String.trim s in
  Printf.printf "[%s] %d\n" t (String.length t);
  Printf.printf "%s|%s\n" (String.uppercase_ascii t) (String.lowercase_ascii t);
  Printf.printf "%s %s\n" (String.capitalize_ascii "ocaml") (String.uncapitalize_ascii "OCaml");
  Printf.printf "%s\n" (String.sub t 7 5);
  Printf.printf "%d %d\n" (String.index t 'o') (String.rindex t 'o');
  Printf.printf "%b %b\n" (String.contains t 'W') (String.contains t 'z');
  Printf.printf "%s\n" (match String.index_opt t 'z' with Some i -> string_of_int i | None -> "no z");
  Printf.printf "%d\n" (String.index_from t 5 'l');
  Printf.printf "%s\n" (String.concat "-" ["a"; "b"; ""; "c"]);
  Printf.printf "%d %d %d\n" (String.compare "abc" "abd") (String.compare "b" "abc") (compare "x" "x");
  Printf.printf "%b %b\n" (String.equal "a" "a") ("abc" < "abcd");
  Printf.printf "%s\n" (String.make 5 '*' ^ String.init 5 (fun i -> Char.chr (97 + i)));
  List.iter (fun p -> Printf.printf "<%s>" p) (String.split_on_char ',' ",a,,b,");
  print_newline ();
  Printf.printf "%b %b\n" (String.sub t 0 2 = "He") (t.[String.length t - 1] = '!')
