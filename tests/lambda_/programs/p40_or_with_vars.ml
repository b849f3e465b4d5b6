type t = A of int | B of int | C of int * int | D
let get = function
  | (A x | B x) -> x
  | C (x, _) -> x
  | D -> 0
let h = function
  | (A x | B x), (A y | B y) -> x + y
  | C (x, y), _ | _, C (x, y) -> x * y
  | _ -> -1
let g = function
  | (A n | C (n, _)) when n > 5 -> "big " ^ string_of_int n
  | A _ | C _ -> "small"
  | B _ | D -> "other"
let () =
  List.iter (fun v -> print_int (get v); print_char ' ') [A 1; B 2; C (3, 4); D]; print_newline ();
  List.iter (fun v -> print_int (h v); print_char ' ')
    [(A 1, B 2); (C (2, 3), D); (D, C (4, 5)); (D, D); (A 1, D)]; print_newline ();
  List.iter (fun v -> print_endline (g v)) [A 7; A 2; C (9, 0); C (1, 1); B 5; D]
