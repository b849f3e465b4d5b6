(* status: 0 *)
(* Functors with sharing constraints (with type) and generative state. *)
module type ORD = sig type t val compare : t -> t -> int val to_string : t -> string end

module type PQ = sig
  type elt
  type t
  val empty : t
  val insert : elt -> t -> t
  val pop_min : t -> (elt * t) option
end

module MakePQ (O : ORD) : PQ with type elt = O.t = struct
  type elt = O.t
  type t = Leaf | Node of int * elt * t * t
  let rank = function Leaf -> 0 | Node (r, _, _, _) -> r
  let make x a b = if rank a >= rank b then Node (rank b + 1, x, a, b) else Node (rank a + 1, x, b, a)
  let rec merge a b = match a, b with
    | Leaf, t | t, Leaf -> t
    | Node (_, x, l1, r1), Node (_, y, _, _) ->
      if O.compare x y <= 0 then make x l1 (merge r1 b) else merge b a
  let empty = Leaf
  let insert x t = merge (Node (1, x, Leaf, Leaf)) t
  let pop_min = function Leaf -> None | Node (_, x, l, r) -> Some (x, merge l r)
end

module IPQ = MakePQ (struct type t = int let compare = compare let to_string = string_of_int end)
module SPQ = MakePQ (struct type t = string let compare a b = compare (String.length a) (String.length b) let to_string s = s end)

let () =
  let q = List.fold_left (fun q x -> IPQ.insert x q) IPQ.empty [5; 1; 9; 3; 7; 2; 8; 2] in
  let rec drain q = match IPQ.pop_min q with None -> [] | Some (x, q) -> x :: drain q in
  print_endline (String.concat " " (List.map string_of_int (drain q)));
  let q = List.fold_left (fun q x -> SPQ.insert x q) SPQ.empty ["ccc"; "a"; "bb"; "dddd"] in
  let rec drain q = match SPQ.pop_min q with None -> [] | Some (x, q) -> x :: drain q in
  print_endline (String.concat " " (drain q));
  let big = List.fold_left (fun q x -> IPQ.insert ((x * 7919) mod 10007) q) IPQ.empty (List.init 10000 Fun.id) in
  match IPQ.pop_min big with Some (m, _) -> Printf.printf "min %d\n" m | None -> ()
