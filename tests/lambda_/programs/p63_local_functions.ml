let count_if p l =
  let rec go acc = function
    | [] -> acc
    | x :: xs -> go (if p x then acc + 1 else acc) xs
  in
  go 0 l
let make_multipliers n =
  let rec build i = if i > n then [] else (fun x -> x * i) :: build (i + 1) in
  build 1
let () =
  print_int (count_if (fun x -> x > 2) [1; 2; 3; 4; 5]); print_newline ();
  List.iter (fun f -> print_int (f 10); print_char ' ') (make_multipliers 4); print_newline ();
  let outer = 5 in
  let add_outer x = x + outer in
  let outer = 100 in
  print_int (add_outer outer); print_newline ()
