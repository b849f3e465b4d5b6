(* A match inside a match arm without parentheses captures later arms. *)
let classify x y =
  match x with
  | 0 ->
    (match y with
     | 0 -> "both zero"
     | _ -> "x zero")
  | _ ->
    match y with
    | 0 -> "y zero"
    | _ -> "neither"

let inner_last a b =
  match a with
  | None -> "none"
  | Some v ->
    match b with
    | None -> "some/none " ^ string_of_int v
    | Some w -> "some/some " ^ string_of_int (v + w)

let with_function l =
  List.map (function
      | [] -> 0
      | x :: _ -> (match x with 0 -> -1 | n -> n)) l

let () =
  print_endline (classify 0 0);
  print_endline (classify 0 1);
  print_endline (classify 1 0);
  print_endline (classify 1 1);
  print_endline (inner_last (Some 1) None);
  print_endline (inner_last (Some 1) (Some 2));
  print_endline (inner_last None None);
  List.iter (Printf.printf "%d ") (with_function [[]; [0]; [5; 6]]);
  print_newline ()
