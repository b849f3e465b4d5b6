(* Or-patterns at top level and nested, with bindings. *)
type shape = Circle of float | Square of float | Rect of float * float

let is_vowel = function
  | 'a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U' -> true
  | _ -> false

let width = function
  | Circle r | Square r -> r
  | Rect (w, _) -> w

let weekend = function "Sat" | "Sun" -> true | _ -> false

let first_or_second = function
  | (Some x, _) | (None, Some x) -> x
  | (None, None) -> 0

let small = function
  | 0 | 1 | 2 -> "small"
  | (3 | 4) | 5 -> "medium"
  | _ -> "large"

let () =
  String.iter (fun c -> if is_vowel c then print_char c) "Programming In OCaml";
  print_newline ();
  Printf.printf "%g %g\n" (width (Square 2.)) (width (Rect (3., 4.)));
  Printf.printf "%b %b\n" (weekend "Sun") (weekend "Mon");
  Printf.printf "%d %d\n" (first_or_second (None, Some 4)) (first_or_second (Some 1, Some 2));
  List.iter (fun n -> print_endline (small n)) [1; 4; 9]
