let p s x = print_string s; x
let f a b c = a + b + c
let () =
  print_int (f (p "a" 1) (p "b" 2) (p "c" 3)); print_newline ();
  let t = (p "x" 1, p "y" 2) in
  print_int (fst t + snd t); print_newline ();
  let l = [p "1" 1; p "2" 2; p "3" 3] in
  print_int (List.length l); print_newline ();
  let r = { contents = p "r" 0 } in
  ignore r; print_newline ();
  print_int (p "l" 1 + p "r" 2); print_newline ()
