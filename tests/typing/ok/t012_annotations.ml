(* Type annotations with named and anonymous type variables *)
let id (x : 'a) : 'a = x
let first ((a, _) : 'a * _) = a
let apply (f : 'a -> 'b) (x : 'a) : 'b = f x
let int_only (x : 'a) = x + 1
let make_list (x : _) = [x; x]
let annotated : int list -> int = List.fold_left ( + ) 0
let explicit : 'a list -> int = fun l -> List.length l
let conv (f : _ -> string) = f 1

let both (x : 'a) (y : 'a) = [x; y]
let sized (l : 'elt list) (f : 'elt -> int) = List.map f l

let () =
  Printf.printf "%d %d %d\n" (id 1) (first (2, "x")) (apply succ 3);
  Printf.printf "%d %d %d\n" (int_only 4) (annotated [1; 2]) (explicit ['a']);
  print_endline (conv string_of_int);
  ignore (make_list 'c');
  ignore (both "a" "b");
  ignore (sized ["ab"] String.length)
