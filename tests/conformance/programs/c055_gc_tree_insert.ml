(* status: 0 *)
(* A hand-written unbalanced BST with random-ish keys, 2*10^5 inserts. *)
type t = E | N of t * int * t

let rec insert x = function
  | E -> N (E, x, E)
  | N (l, y, r) as n -> if x < y then N (insert x l, y, r) else if x > y then N (l, y, insert x r) else n

let rec size = function E -> 0 | N (l, _, r) -> size l + 1 + size r
let rec height = function E -> 0 | N (l, _, r) -> 1 + max (height l) (height r)
let rec to_list acc = function E -> acc | N (l, x, r) -> to_list (x :: to_list acc r) l

let () =
  let seed = ref 12345 in
  let next () = seed := (!seed * 1103515245 + 12345) land 0x3fffffff; !seed in
  let t = ref E in
  for _ = 1 to 200_000 do t := insert (next () mod 1_000_000) !t done;
  Printf.printf "size %d height %d\n" (size !t) (height !t);
  let l = to_list [] !t in
  Printf.printf "first %d last %d\n" (List.hd l) (List.nth l (List.length l - 1));
  let rec is_sorted = function a :: (b :: _ as r) -> a < b && is_sorted r | _ -> true in
  Printf.printf "sorted %b\n" (is_sorted l)
