(* status: 0 *)
(* Sorting strings: lexicographic, by length, case-insensitively. *)
let words = ["banana"; "Apple"; "cherry"; "apple"; "Banana"; "date"; "fig"; "elderberry"; ""; "a"]

let () =
  let show l = String.concat " " (List.map (Printf.sprintf "%S") l) in
  print_endline (show (List.sort compare words));
  print_endline (show (List.sort (fun a b -> compare (String.length a, a) (String.length b, b)) words));
  print_endline (show (List.sort (fun a b -> compare (String.lowercase_ascii a, a) (String.lowercase_ascii b, b)) words));
  print_endline (show (List.sort_uniq (fun a b -> compare (String.lowercase_ascii a) (String.lowercase_ascii b)) words));
  Printf.printf "%b %b %b\n" ("Z" < "a") ("abc" > "ab") ("\255" > "\001");
  Printf.printf "%s %s\n" (max "pear" "peach") (min "pear" "peach");
  let arr = Array.of_list words in
  Array.sort (fun a b -> compare b a) arr;
  print_endline (show (Array.to_list arr))
