(* status: 0 *)
(* String algorithms: reverse, palindromes, substrings search. *)
let rev s = String.init (String.length s) (fun i -> s.[String.length s - 1 - i])
let is_pal s =
  let t = String.concat "" (List.map (String.make 1) (List.filter (fun c -> c <> ' ') (List.init (String.length s) (String.get s)))) in
  let t = String.lowercase_ascii t in
  t = rev t

let find_sub s sub =
  let n = String.length s and m = String.length sub in
  let rec go i = if i + m > n then -1 else if String.sub s i m = sub then i else go (i + 1) in
  go 0

let count_sub s sub =
  let rec go i acc = if i > String.length s - String.length sub then acc
    else go (i + 1) (if String.sub s i (String.length sub) = sub then acc + 1 else acc) in
  go 0 0

let () =
  List.iter (fun s -> Printf.printf "%S palindrome=%b\n" s (is_pal s))
    ["racecar"; "A man a plan a canal Panama"; "hello"; ""; "ab"];
  Printf.printf "%d %d %d\n" (find_sub "hello world" "wor") (find_sub "aaa" "b") (find_sub "abc" "");
  Printf.printf "%d %d\n" (count_sub "abababab" "aba") (count_sub "aaaa" "aa");
  print_endline (rev "stressed desserts")
