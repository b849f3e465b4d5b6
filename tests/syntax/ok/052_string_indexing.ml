(* String indexing s.[i] and Bytes mutation. *)
let s = "Hello, world"

let count_char c str =
  let n = ref 0 in
  for i = 0 to String.length str - 1 do
    if str.[i] = c then incr n
  done;
  !n

let capitalize str =
  let b = Bytes.of_string str in
  if Bytes.length b > 0 then Bytes.set b 0 (Char.uppercase_ascii (Bytes.get b 0));
  Bytes.to_string b

let is_palindrome str =
  let n = String.length str in
  let rec go i = i >= n / 2 || (str.[i] = str.[n - 1 - i] && go (i + 1)) in
  go 0

let () =
  Printf.printf "%c %c\n" s.[0] s.[String.length s - 1];
  Printf.printf "%d\n" (count_char 'o' s);
  print_endline (capitalize "ocaml");
  Printf.printf "%b %b\n" (is_palindrome "racecar") (is_palindrome "robur");
  let i = 4 in
  Printf.printf "%c\n" s.[i + 3];
  print_endline (String.make 1 s.[1] ^ String.make 1 "abc".[2])
