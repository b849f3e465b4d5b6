type t = A | B of int | C of string * t
let () =
  let p b = print_string (if b then "T" else "F") in
  p (1 < 2); p (2 <= 2); p ('a' > 'b'); p ("x" >= "x"); p (true > false); p (1.5 <> 1.5);
  print_newline ();
  p ([1; 2] = [1; 2]); p ([1; 2] < [1; 3]); p ((1, "a") = (1, "a")); p (Some 3 > None);
  p (B 1 < B 2); p (A < B 0); p (C ("a", A) = C ("a", A)); p (C ("a", A) < C ("a", B 0));
  print_newline ();
  print_int (compare 3 5); print_int (compare "b" "a"); print_int (compare [3] [3]);
  print_int (compare (B 2) A); print_newline ();
  print_int (min 3 4 + max 3 4); print_newline ();
  print_string (min "z" "y"); print_newline ();
  p (A == A); p ("a" == "a" && false); p (1 != 2); print_newline ();
  let eq = (=) in
  p (eq [1] [1]); print_newline ()
