let rec dedup = function
  | x :: (y :: _ as rest) when x = y -> dedup rest
  | x :: rest -> x :: dedup rest
  | [] -> []
let f = function
  | (Some n as o), _ when n > 0 -> o
  | _, (Some _ as o) -> o
  | _ -> None
let () =
  List.iter print_int (dedup [1; 1; 2; 3; 3; 3; 4]); print_newline ();
  let show = function Some n -> string_of_int n | None -> "-" in
  print_endline (show (f (Some 1, Some 2)));
  print_endline (show (f (Some (-1), Some 2)));
  print_endline (show (f (None, None)));
  let (a, b) as p = (3, 4) in
  print_int (a + b + fst p); print_newline ()
