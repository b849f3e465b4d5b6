(* Higher-order functions *)
let rec map f = function
  | [] -> []
  | x :: xs -> f x :: map f xs

let rec filter p = function
  | [] -> []
  | x :: xs -> if p x then x :: filter p xs else filter p xs

let rec fold_right f l acc =
  match l with
  | [] -> acc
  | x :: xs -> f x (fold_right f xs acc)

let curry f x y = f (x, y)
let uncurry f (x, y) = f x y

let sum_squares l = fold_right (fun x acc -> x * x + acc) l 0
let evens = filter (fun x -> x mod 2 = 0)
let add = curry (fun (a, b) -> a + b)
let pipeline = List.fold_left (fun acc f -> f acc)

let () =
  Printf.printf "%d\n" (sum_squares [1; 2; 3]);
  List.iter (Printf.printf "%d ") (evens [1; 2; 3; 4]);
  print_newline ();
  Printf.printf "%d %d\n" (add 2 3) (uncurry ( * ) (4, 5));
  Printf.printf "%d\n" (pipeline 1 [(fun x -> x + 1); (fun x -> x * 10)]);
  ignore (map string_of_int [1])
