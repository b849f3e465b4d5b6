(* Association lists as small maps *)
type ('k, 'v) alist = ('k * 'v) list

let empty : ('k, 'v) alist = []
let add k v (l : ('k, 'v) alist) : ('k, 'v) alist = (k, v) :: List.remove_assoc k l
let get k (l : ('k, 'v) alist) = List.assoc_opt k l
let keys (l : ('k, 'v) alist) = List.map fst l
let values (l : ('k, 'v) alist) = List.map snd l
let update k f l = match get k l with Some v -> add k (f v) l | None -> l
let merge a b = List.fold_left (fun acc (k, v) -> add k v acc) a b

let () =
  let m = add "x" 1 (add "y" 2 empty) in
  let m = update "x" (fun v -> v * 10) m in
  let m = merge m [("z", 3)] in
  Printf.printf "%s | %d | %b\n" (String.concat "," (List.sort compare (keys m))) (List.fold_left ( + ) 0 (values m)) (List.mem_assoc "z" m);
  match get "x" m with Some v -> print_int v; print_newline () | None -> ()
