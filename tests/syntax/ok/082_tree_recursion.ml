(* Binary trees: insertion, traversal, height, map, fold. *)
type 'a tree = Empty | Node of 'a tree * 'a * 'a tree

let rec insert cmp x = function
  | Empty -> Node (Empty, x, Empty)
  | Node (l, v, r) ->
    if cmp x v < 0 then Node (insert cmp x l, v, r)
    else Node (l, v, insert cmp x r)

let rec height = function
  | Empty -> 0
  | Node (l, _, r) -> 1 + max (height l) (height r)

let rec map f = function
  | Empty -> Empty
  | Node (l, v, r) -> Node (map f l, f v, map f r)

let rec fold f t acc =
  match t with
  | Empty -> acc
  | Node (l, v, r) -> fold f l (f v (fold f r acc))

let to_list t = fold (fun x acc -> x :: acc) t []

let rec mirror = function
  | Empty -> Empty
  | Node (l, v, r) -> Node (mirror r, v, mirror l)

let () =
  let t = List.fold_left (fun t x -> insert compare x t) Empty [50; 30; 70; 20; 40; 60; 80; 35] in
  Printf.printf "height %d\n" (height t);
  List.iter (Printf.printf "%d ") (to_list t);
  print_newline ();
  List.iter (Printf.printf "%s ") (to_list (map string_of_int (mirror t)));
  print_newline ();
  Printf.printf "sum %d\n" (fold ( + ) t 0)
