(* status: 0 *)
(* %s %S %c %C with widths, padding, and special characters. *)
let () =
  Printf.printf "[%s] [%10s] [%-10s] [%.3s]\n" "hello" "hello" "hello" "hello";
  Printf.printf "[%S] [%S] [%S]\n" "plain" "tab\there" "quote\"back\\slash";
  Printf.printf "[%S]\n" "\000\001\255\n\r";
  Printf.printf "[%c] [%c] [%C] [%C] [%C] [%C]\n" 'a' ' ' 'a' '\'' '\\' '\n';
  Printf.printf "[%C] [%C]\n" '\000' '\200';
  Printf.printf "[%5c] [%-5c]\n" 'x' 'y';
  Printf.printf "[%*s] [%-*s]\n" 8 "ab" 8 "cd";
  Printf.printf "[%12S]\n" "abc";
  Printf.printf "[%s%s%s]\n" "" "" "";
  Printf.printf "%s\n" (String.concat "" (List.map (Printf.sprintf "%c") ['o'; 'c'; 'a'; 'm'; 'l']));
  Printf.printf "[%b] [%B] [%8b] [%-8B]\n" true false true false;
  print_string (Printf.sprintf "%s=%S;%c\n" "k" "v" '!')
