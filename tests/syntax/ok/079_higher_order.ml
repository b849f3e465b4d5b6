(* Higher-order functions: map, fold, filter written by hand. *)
let rec map f = function [] -> [] | x :: xs -> f x :: map f xs
let rec filter p = function
  | [] -> []
  | x :: xs -> if p x then x :: filter p xs else filter p xs
let rec fold_left f acc = function [] -> acc | x :: xs -> fold_left f (f acc x) xs
let rec fold_right f l acc = match l with [] -> acc | x :: xs -> f x (fold_right f xs acc)
let flip f a b = f b a
let curry f a b = f (a, b)
let uncurry f (a, b) = f a b
let rec iterate n f x = if n = 0 then x else iterate (n - 1) f (f x)

let () =
  let l = [1; 2; 3; 4; 5; 6] in
  let pr l = print_endline (String.concat " " (map string_of_int l)) in
  pr (map (fun x -> x * 3) l);
  pr (filter (fun x -> x mod 2 = 1) l);
  Printf.printf "%d\n" (fold_left ( + ) 0 l);
  pr (fold_right (fun x acc -> acc @ [x]) l []);
  Printf.printf "%d\n" (flip ( - ) 1 10);
  Printf.printf "%d %d\n" (curry fst 1 2) (uncurry ( * ) (6, 7));
  Printf.printf "%d\n" (iterate 10 (fun x -> x * 2) 1)
