(* A binary search tree module with a polymorphic interface *)
module Bst = struct
  type 'a t = Empty | Node of 'a t * 'a * 'a t

  let empty = Empty

  let rec add cmp x = function
    | Empty -> Node (Empty, x, Empty)
    | Node (l, v, r) as t ->
      let c = cmp x v in
      if c < 0 then Node (add cmp x l, v, r)
      else if c > 0 then Node (l, v, add cmp x r)
      else t

  let rec mem cmp x = function
    | Empty -> false
    | Node (l, v, r) ->
      let c = cmp x v in
      c = 0 || (if c < 0 then mem cmp x l else mem cmp x r)

  let rec fold f t acc =
    match t with
    | Empty -> acc
    | Node (l, v, r) -> fold f l (f v (fold f r acc))

  let to_list t = fold (fun x acc -> x :: acc) t []
  let height t =
    let rec h = function Empty -> 0 | Node (l, _, r) -> 1 + max (h l) (h r) in
    h t
end

let t = List.fold_left (fun t x -> Bst.add compare x t) Bst.empty [5; 3; 8; 1; 4]

let () =
  List.iter (Printf.printf "%d ") (Bst.to_list t);
  Printf.printf "| %b %d\n" (Bst.mem compare 4 t) (Bst.height t)
