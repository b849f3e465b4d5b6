let f x = match x with
  | 1 -> "one"
  | 2 -> "two"
let g = function Some x -> x
let h (Some y) = y
let () =
  print_endline (f 1);
  (try ignore (f 3) with Match_failure (s, l, c) -> Printf.printf "%s %d %d\n" s l c);
  (try ignore (g None) with Match_failure (s, l, c) -> Printf.printf "%s %d %d\n" s l c);
  (try ignore (h None) with Match_failure (s, l, c) -> Printf.printf "%s %d %d\n" s l c);
  (try let (Some z) = (None : int option) in print_int z
   with Match_failure (s, l, c) -> Printf.printf "%s %d %d\n" s l c)
