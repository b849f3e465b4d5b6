(* status: 0 *)
(* Parametrised variant types and recursive polymorphic functions. *)
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
type ('a, 'b) either = Left of 'a | Right of 'b

let rec insert cmp x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, y, r) as t -> let c = cmp x y in if c < 0 then Node (insert cmp x l, y, r) else if c > 0 then Node (l, y, insert cmp x r) else t

let rec fold f acc = function Leaf -> acc | Node (l, x, r) -> fold f (f (fold f acc l) x) r
let rec map f = function Leaf -> Leaf | Node (l, x, r) -> Node (map f l, f x, map f r)
let rec depth = function Leaf -> 0 | Node (l, _, r) -> 1 + max (depth l) (depth r)

let partition l = List.fold_right (fun e (ls, rs) -> match e with Left a -> (a :: ls, rs) | Right b -> (ls, b :: rs)) l ([], [])

let () =
  let t = List.fold_left (fun t x -> insert compare x t) Leaf [50; 30; 70; 20; 40; 60; 80; 30] in
  Printf.printf "%s\n" (String.concat " " (List.rev (fold (fun acc x -> string_of_int x :: acc) [] t)));
  Printf.printf "depth %d\n" (depth t);
  let st = map (fun x -> String.make (x / 10) '*') t in
  print_endline (fold (fun acc s -> acc ^ s ^ "|") "" st);
  let words = List.fold_left (fun t x -> insert String.compare x t) Leaf ["m"; "c"; "x"; "a"] in
  print_endline (fold ( ^ ) "" words);
  let (ints, strs) = partition [Left 1; Right "a"; Left 2; Right "b"; Left 3] in
  Printf.printf "%d %s\n" (List.fold_left ( + ) 0 ints) (String.concat "" strs)
