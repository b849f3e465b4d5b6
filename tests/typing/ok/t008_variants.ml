(* Simple and parameterised variants *)
type color = Red | Green | Blue | Rgb of int * int * int
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
type ('a, 'b) either = Left of 'a | Right of 'b

let to_rgb = function
  | Red -> (255, 0, 0)
  | Green -> (0, 255, 0)
  | Blue -> (0, 0, 255)
  | Rgb (r, g, b) -> (r, g, b)

let rec insert x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, v, r) as t ->
    if x < v then Node (insert x l, v, r)
    else if x > v then Node (l, v, insert x r)
    else t

let rec to_list = function
  | Leaf -> []
  | Node (l, v, r) -> to_list l @ [v] @ to_list r

let partition l =
  List.fold_right
    (fun e (ls, rs) -> match e with Left a -> (a :: ls, rs) | Right b -> (ls, b :: rs))
    l ([], [])

let () =
  let (r, _, _) = to_rgb Red in
  print_int r; print_newline ();
  let t = List.fold_left (fun t x -> insert x t) Leaf [5; 2; 8; 1] in
  List.iter (Printf.printf "%d ") (to_list t);
  print_newline ();
  let (a, b) = partition [Left 1; Right "x"; Left 2] in
  Printf.printf "%d %d\n" (List.length a) (List.length b)
