let () =
  let a = [| 1; 2; 3 |] in
  a.(0) <- 10;
  print_int (a.(0) + a.(2)); print_newline ();
  print_int (Array.length a); print_newline ();
  let f = [| 1.5; 2.5 |] in
  f.(1) <- 3.5;
  print_float (f.(0) +. f.(1)); print_newline ();
  let m = Array.make 3 'x' in
  m.(1) <- 'y';
  Array.iter print_char m; print_newline ();
  let sq = Array.init 5 (fun i -> i * i) in
  Array.iter (fun x -> print_int x; print_char ' ') sq; print_newline ();
  print_int (Array.fold_left (+) 0 sq); print_newline ();
  (try ignore (a.(5)) with Invalid_argument s -> print_endline s);
  let strs = [| "a"; "b" |] in
  print_endline (strs.(0) ^ strs.(1));
  let mat = Array.make_matrix 2 2 0 in
  mat.(1).(1) <- 7;
  print_int (mat.(1).(1) + mat.(0).(0)); print_newline ()
