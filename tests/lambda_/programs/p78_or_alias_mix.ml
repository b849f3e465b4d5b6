type t = A | B | C of int
let f = function
  | ((A as v) | (B as v)) -> (match v with A -> "A" | _ -> "B")
  | (C 0 | C 1) as c -> (match c with C n -> "small " ^ string_of_int n | _ -> "?")
  | C _ -> "C"
let g x y = match x, y with
  | ((A | B) as p), ((C _) as q) -> (match p, q with A, C n -> n | _, C n -> -n | _ -> 0)
  | (x | x), _ when x = C 5 -> 55
  | _, (A | B | C _) -> 99
let () =
  List.iter (fun x -> print_endline (f x)) [A; B; C 0; C 1; C 2];
  List.iter (fun (x, y) -> print_int (g x y); print_char ' ') [(A, C 3); (B, C 4); (C 5, A); (C 6, B)];
  print_newline ()
