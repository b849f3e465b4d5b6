type t = A | B | C | D of int | E of int | F of string
let classify = function
  | A | B -> "ab"
  | C -> "c"
  | D 0 | E 0 -> "zero"
  | D n | E n when n > 10 -> "big " ^ string_of_int n
  | D _ | E _ -> "small"
  | F ("x" | "y") -> "xy"
  | F s -> "f " ^ s
let pair = function
  | (1 | 2), (3 | 4) -> "low"
  | (1 | 2), _ -> "left"
  | _, (3 | 4) -> "right"
  | _ -> "none"
let () =
  List.iter (fun x -> print_endline (classify x)) [A; B; C; D 0; E 0; D 20; E 5; F "x"; F "y"; F "z"];
  List.iter (fun p -> print_endline (pair p)) [(1, 3); (2, 5); (7, 4); (7, 7)]
