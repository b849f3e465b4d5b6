let rec loop i acc = if i = 0 then acc else loop (i - 1) (acc + i)
let rec even n = if n = 0 then true else odd (n - 1)
and odd n = if n = 0 then false else even (n - 1)
let rec count_matches n acc = match n with
  | 0 -> acc
  | n when n mod 3 = 0 -> count_matches (n - 1) (acc + 1)
  | n -> count_matches (n - 1) acc
let () =
  print_int (loop 200000 0); print_newline ();
  print_string (string_of_bool (even 100001)); print_newline ();
  print_int (count_matches 100000 0); print_newline ()
