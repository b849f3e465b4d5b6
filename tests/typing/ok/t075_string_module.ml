(* The String module *)
let s = "Hello, World"

let lower = String.lowercase_ascii s
let has_comma = String.contains s ','
let comma_at = String.index_opt s ','
let parts = String.split_on_char ',' s |> List.map String.trim
let repeated = String.concat "" (List.init 3 (fun _ -> "ab"))
let first_char = String.get s 0
let is_empty str = String.length str = 0
let equal_ci a b = String.equal (String.lowercase_ascii a) (String.lowercase_ascii b)
let rev_words str = String.concat " " (List.rev (String.split_on_char ' ' str))
let init_alpha = String.init 5 (fun i -> Char.chr (97 + i))
let compare_len a b = compare (String.length a) (String.length b)

let () =
  Printf.printf "%s %b %s\n" lower has_comma (match comma_at with Some i -> string_of_int i | None -> "-");
  List.iter print_endline parts;
  Printf.printf "%s %c %b %b\n" repeated first_char (is_empty "") (equal_ci "AbC" "aBc");
  Printf.printf "%s %s %d\n" (rev_words "a b c") init_alpha (compare_len "aa" "b")
