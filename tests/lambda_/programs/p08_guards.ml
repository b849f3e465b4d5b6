let sign x = match x with
  | n when n < 0 -> "neg"
  | 0 -> "zero"
  | n when n mod 2 = 0 -> "even"
  | _ -> "odd"
let f l = match l with
  | x :: y :: _ when x = y -> "dup"
  | x :: _ when x > 100 -> "big"
  | [_; _] -> "two"
  | _ :: _ -> "some"
  | [] -> "none"
let () =
  List.iter (fun x -> print_endline (sign x)) [-5; 0; 4; 7];
  List.iter (fun l -> print_endline (f l)) [[1; 1]; [200]; [1; 2]; [1; 2; 3]; []]
