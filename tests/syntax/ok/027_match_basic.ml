(* match/with over ints, strings, tuples, lists. *)
let name_of_day = function
  | 0 -> "Sun" | 1 -> "Mon" | 2 -> "Tue" | 3 -> "Wed"
  | 4 -> "Thu" | 5 -> "Fri" | 6 -> "Sat"
  | _ -> "?"

let greet lang =
  match lang with
  | "fr" -> "bonjour"
  | "de" -> "hallo"
  | _ -> "hello"

let rec length l =
  match l with
  | [] -> 0
  | _ :: rest -> 1 + length rest

let quadrant (x, y) =
  match x >= 0, y >= 0 with
  | true, true -> 1
  | false, true -> 2
  | false, false -> 3
  | true, false -> 4

let () =
  print_endline (name_of_day 3);
  print_endline (greet "de");
  Printf.printf "%d\n" (length [1; 2; 3]);
  Printf.printf "%d %d\n" (quadrant (1, -1)) (quadrant (-2, 3));
  match length [] with
  | 0 -> print_endline "empty"
  | n -> Printf.printf "%d\n" n
