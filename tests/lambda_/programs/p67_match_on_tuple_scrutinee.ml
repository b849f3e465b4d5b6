let compare_pairs a b = match compare (fst a) (fst b), compare (snd a) (snd b) with
  | 0, c -> c
  | c, _ -> c
let cmp3 x y = match x < y, x = y with
  | true, _ -> "lt"
  | false, true -> "eq"
  | false, false -> "gt"
let () =
  print_int (compare_pairs (1, 2) (1, 3)); print_newline ();
  print_int (compare_pairs (2, 0) (1, 3)); print_newline ();
  List.iter (fun (a, b) -> print_endline (cmp3 a b)) [(1, 2); (2, 2); (3, 2)]
