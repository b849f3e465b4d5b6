(* Parameterised types: 'a t, ('a, 'b) t, nested applications. *)
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
type ('k, 'v) binding = { key : 'k; value : 'v }
type ('a, 'b) either = Left of 'a | Right of 'b
type 'a pair = 'a * 'a
type 'a matrix = 'a array array
type ('a, 'b) assoc = ('a * 'b) list
type int_tree = int tree
type 'a nested = 'a list option list

let rec insert x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, v, r) as t ->
    if x < v then Node (insert x l, v, r)
    else if x > v then Node (l, v, insert x r)
    else t

let rec to_list = function
  | Leaf -> []
  | Node (l, v, r) -> to_list l @ [v] @ to_list r

let partition (l : ('a, 'b) either list) =
  List.fold_right (fun e (ls, rs) ->
      match e with Left a -> (a :: ls, rs) | Right b -> (ls, b :: rs)) l ([], [])

let () =
  let t : int_tree = List.fold_left (fun t x -> insert x t) Leaf [5; 2; 8; 1; 9; 2] in
  List.iter (Printf.printf "%d ") (to_list t);
  print_newline ();
  let b = { key = "k"; value = 3.5 } in
  Printf.printf "%s=%g\n" b.key b.value;
  let (ls, rs) = partition [Left 1; Right "a"; Left 2; Right "b"] in
  Printf.printf "%d %s\n" (List.length ls) (String.concat "" rs);
  let p : int pair = (1, 2) in
  let m : float matrix = Array.make_matrix 2 2 0.5 in
  let a : (string, int) assoc = [("one", 1)] in
  let n : int nested = [Some [1]; None] in
  Printf.printf "%d %g %d %d\n" (fst p) m.(1).(1) (List.assoc "one" a) (List.length n)
