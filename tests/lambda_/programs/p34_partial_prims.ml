let () =
  List.iter print_int (List.map ((+) 1) [1; 2; 3]); print_newline ();
  List.iter print_int (List.map fst [(1, 'a'); (2, 'b')]); print_newline ();
  let sub10 = (-) 10 in
  print_int (sub10 3); print_newline ();
  let cmp = compare in
  print_int (cmp "a" "b"); print_newline ();
  let r = ref 0 in
  let set = (:=) r in
  set 42; print_int !r; print_newline ();
  [1; 2; 3] |> List.map (fun x -> x * 10) |> List.iter print_int; print_newline ();
  print_endline @@ string_of_int @@ 7 * 6;
  let app = List.map (( * ) 2) in
  List.iter print_int (app [4; 5]); print_newline ();
  let neg = (~-) in print_int (neg 5); print_newline ();
  let notf = not in print_string (string_of_bool (notf true)); print_newline ()
