(* Strings, bytes and chars *)
let shout s = String.uppercase_ascii s ^ "!"
let initials names = String.concat "" (List.map (fun n -> String.make 1 n.[0]) names)
let is_vowel c = match Char.lowercase_ascii c with 'a' | 'e' | 'i' | 'o' | 'u' -> true | _ -> false

let count_vowels s =
  let n = ref 0 in
  String.iter (fun c -> if is_vowel c then incr n) s;
  !n

let reverse s =
  let n = String.length s in
  let b = Bytes.create n in
  for i = 0 to n - 1 do Bytes.set b i s.[n - 1 - i] done;
  Bytes.to_string b

let caesar k s = String.map (fun c ->
  if c >= 'a' && c <= 'z' then Char.chr ((Char.code c - 97 + k) mod 26 + 97) else c) s

let words s = String.split_on_char ' ' s
let trimmed = String.trim "  padded  "
let sub = String.sub "abcdef" 1 3

let () =
  print_endline (shout "hey");
  print_endline (initials ["Ada"; "Lovelace"]);
  Printf.printf "%d %s %s\n" (count_vowels "education") (reverse "abc") (caesar 1 "hal");
  Printf.printf "%d [%s] %s %c\n" (List.length (words "a b c")) trimmed sub (Char.uppercase_ascii 'q');
  print_endline (Bytes.to_string (Bytes.of_string "bytes"))
