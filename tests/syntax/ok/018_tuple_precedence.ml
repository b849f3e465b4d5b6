(* Commas build tuples without parentheses, below :: and above ;. *)
let t = 1, 2, 3
let u = 1, 2 :: [3]
let (x, y) = 4, 5
let v = fun x -> x, 1
let w = if true then 1, 2 else 3, 4
let nested = (1, 2), 3
let flat = 1, (2, 3)

let () =
  let (a, b, c) = t in
  Printf.printf "%d %d %d\n" a b c;
  let (p, q) = u in
  Printf.printf "%d %d\n" p (List.length q);
  Printf.printf "%d %d\n" x y;
  let (r, s) = v 9 in
  Printf.printf "%d %d\n" r s;
  let (m, n) = w in
  Printf.printf "%d %d\n" m n;
  let ((i, j), k) = nested in
  let (l, (o, z)) = flat in
  Printf.printf "%d %d %d %d %d %d\n" i j k l o z
