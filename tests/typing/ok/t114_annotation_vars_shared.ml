(* Named type variables are shared within a toplevel definition *)
let same_type (x : 'a) (y : 'a) = (x, y)
let container (items : 'item list) (default : 'item) = match items with [] -> default | x :: _ -> x
let convert (f : 'src -> 'dst) (xs : 'src list) : 'dst list = List.map f xs
let keep_first (a : 'a) (_ : 'b) : 'a = a
let weird (x : 'a) = (x : 'a) + 1
let constrain (f : 'a -> 'a) : int -> int = f
let anon (f : _ -> _) x = f x
let mixed (x : 'a) y = (x, y, [x])

let () =
  let (a, b) = same_type 1 2 in
  Printf.printf "%d %d %s %d %d\n" a b (container [] "default") (List.length (convert string_of_int [1; 2])) (keep_first 5 "x");
  Printf.printf "%d %d %d\n" (weird 1) (constrain succ 1) (anon succ 2);
  ignore (mixed 'c' 1)
