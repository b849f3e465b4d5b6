let s = "hello"
let () =
  print_endline (s ^ ", " ^ "world");
  print_int (String.length s); print_newline ();
  print_char s.[1]; print_newline ();
  print_endline (String.sub s 1 3);
  print_endline (String.uppercase_ascii s);
  print_endline (String.concat "-" ["a"; "b"; "c"]);
  print_endline (String.make 3 'x');
  print_string (string_of_bool ("abc" < "abd")); print_newline ();
  print_string (string_of_bool ("abc" = "ab" ^ "c")); print_newline ();
  print_int (compare "b" "a"); print_newline ();
  let b = Bytes.make 3 'a' in
  Bytes.set b 1 'z';
  print_endline (Bytes.to_string b);
  print_endline {|raw "string"|};
  print_endline "tab\tnew\\line";
  print_int (Char.code 'A'); print_newline ();
  print_char (Char.chr 66); print_newline ()
