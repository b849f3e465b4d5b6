(* status: 2 *)
(* Uncaught Stack_overflow from building a degenerate structure recursively. *)
type t = Leaf | Node of t * int

let rec build n = if n = 0 then Leaf else Node (build (n - 1), n)
let rec sum = function Leaf -> 0 | Node (l, v) -> v + sum l

let () =
  let t = build 10_000 in
  Printf.printf "sum %d\n" (sum t);
  let t2 = build 100_000 in
  Printf.printf "sum %d\n" (sum t2);
  let rec forever n = Node (forever (n + 1), n) in
  let t3 = forever 0 in
  Printf.printf "never %d\n" (sum t3);
  ignore t;
  ()
