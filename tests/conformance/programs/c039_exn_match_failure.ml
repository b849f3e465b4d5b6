(* status: 2 *)
(* A non-exhaustive match raises Match_failure with its location. *)
type color = Red | Green | Blue | Other of int

let name c = match c with
  | Red -> "red"
  | Green -> "green"
  | Other n when n > 0 -> "other+"

let () =
  List.iter (fun c -> print_endline (name c)) [Red; Green; Other 3];
  (try ignore (name (Other 0)) with Match_failure (f, l, c) -> Printf.printf "caught Match_failure line %d col %d %b\n" l c (f <> ""));
  let f = function 0 -> "zero" | 1 -> "one" in
  print_endline (f 1);
  print_endline (name Blue);
  print_endline "unreachable"
