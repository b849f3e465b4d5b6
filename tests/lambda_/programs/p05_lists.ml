let rec length = function [] -> 0 | _ :: t -> 1 + length t
let rec sum = function [] -> 0 | x :: rest -> x + sum rest
let rec rev_append l acc = match l with [] -> acc | h :: t -> rev_append t (h :: acc)
let l = [1; 2; 3; 4; 5]
let () =
  print_int (length l); print_newline ();
  print_int (sum l); print_newline ();
  List.iter print_int (rev_append l []); print_newline ();
  List.iter print_int (List.map (fun x -> x * x) l); print_newline ();
  print_int (List.fold_left (+) 0 l); print_newline ();
  List.iter print_int (List.filter (fun x -> x mod 2 = 0) l); print_newline ();
  List.iter print_int (l @ [6; 7]); print_newline ();
  print_int (List.nth l 2); print_newline ();
  print_string (string_of_bool (List.mem 3 l)); print_newline ();
  List.iter print_int (List.sort (fun a b -> compare b a) l); print_newline ()
