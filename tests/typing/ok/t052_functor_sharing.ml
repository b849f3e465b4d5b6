(* Sharing constraints between functor results *)
module type ORDERED = sig type t val compare : t -> t -> int end

module type PQUEUE = sig
  type elt
  type t
  val empty : t
  val insert : elt -> t -> t
  val pop_min : t -> (elt * t) option
end

module MakePQ (O : ORDERED) : PQUEUE with type elt = O.t = struct
  type elt = O.t
  type t = elt list
  let empty = []
  let rec insert x = function
    | [] -> [x]
    | y :: ys as l -> if O.compare x y <= 0 then x :: l else y :: insert x ys
  let pop_min = function [] -> None | x :: xs -> Some (x, xs)
end

module ByLength = struct
  type t = string
  let compare a b = compare (String.length a) (String.length b)
end

module PQ = MakePQ (ByLength)

let rec drain q = match PQ.pop_min q with None -> [] | Some (x, q) -> x :: drain q
let q = List.fold_left (fun q s -> PQ.insert s q) PQ.empty ["ccc"; "a"; "bb"]

let () = print_endline (String.concat " " (drain q))
