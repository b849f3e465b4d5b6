let p s x = print_string s; x
let () =
  let g = List.fold_left (p "a" ( + )) (p "b" 0) in
  print_int (g [1; 2]); print_newline ();
  let h = ( - ) (p "x" 10) in
  print_int (h 3); print_newline ();
  let k = Array.set (p "arr" [| 0; 0 |]) (p "idx" 1) in
  k 5; print_newline ()
