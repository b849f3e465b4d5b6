let swap (a, b) = (b, a)
let rot3 (a, b, c) = (c, a, b)
let sum3 ((a, b), c) = a + b + c
let rec zip l1 l2 = match l1, l2 with
  | x :: xs, y :: ys -> (x, y) :: zip xs ys
  | _, _ -> []
let () =
  let (a, b) = swap (1, 2) in
  Printf.printf "%d %d\n" a b;
  let (x, y, z) = rot3 ("a", "b", "c") in
  print_endline (x ^ y ^ z);
  print_int (sum3 ((1, 2), 3)); print_newline ();
  List.iter (fun (a, b) -> Printf.printf "%d%c " a b) (zip [1; 2; 3] ['a'; 'b']); print_newline ();
  let t = (1, 2.5, "s", 'c', true) in
  let (_, f, s, c, bl) = t in
  Printf.printf "%g %s %c %b\n" f s c bl
