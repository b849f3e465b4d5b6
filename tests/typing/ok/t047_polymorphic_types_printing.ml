(* Type variable naming in printed signatures *)
let k x y = x
let s x y z = x z (y z)
let swap_args f a b = f b a
let pair_map f g (a, b) = (f a, g b)
let triple_rotate (a, b, c) = (b, c, a)
let fst_of_fst ((a, _), _) = a
let apply_list fs x = List.map (fun f -> f x) fs
let nested_option x = Some (Some x)
let choose b x y = if b then x else y
let make_pair_fn x = fun y -> (y, x)
let ignore_first _ y = y

let () =
  Printf.printf "%d %d\n" (k 1 "x") (s (fun a _ -> a) (fun a -> a) 5);
  ignore (swap_args ( - ) 1 2, pair_map succ pred (1, 2), triple_rotate (1, 'a', "s"));
  ignore (fst_of_fst ((1, 2), 3), apply_list [succ] 1, nested_option 1);
  ignore (choose true 1 2, make_pair_fn 1 "y", ignore_first 1 2)
