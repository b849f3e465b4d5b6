(* Very long tuple and nested types to exercise line breaking *)
let summarize_everything (names : string list) (ages : int list) (scores : float list) =
  (List.length names, List.fold_left ( + ) 0 ages, List.fold_left ( +. ) 0.0 scores, names, ages, scores)

let big_structure = ([("alpha", [1; 2]); ("beta", [3])], [| (1.0, 'a', "x"); (2.0, 'b', "y") |], Some (Some [true; false]))

let zip3 a b c = List.map2 (fun (x, y) z -> (x, y, z)) (List.combine a b) c

let nested_callbacks (f : (int -> string) -> (string -> float) -> int -> float) = f string_of_int float_of_string

let database_row_processor (row : int * string * string * float * bool * char * int list) =
  let (id, first, last, balance, active, grade, history) = row in
  Printf.sprintf "%d %s %s %.2f %b %c %d" id first last balance active grade (List.length history)

let () =
  let (n, _, _, _, _, _) = summarize_everything ["a"] [1] [1.0] in
  print_int n;
  ignore (big_structure, zip3 [1] ['a'] ["s"]);
  print_endline (database_row_processor (1, "Ada", "L", 10.0, true, 'A', [1; 2]));
  print_float (nested_callbacks (fun f g x -> g (f x)) 42);
  print_newline ()
