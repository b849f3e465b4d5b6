module type STACK = sig
  type 'a t
  val empty : 'a t
  val push : 'a -> 'a t -> 'a t
  val pop : 'a t -> ('a * 'a t) option
end
module ListStack : STACK = struct
  type 'a t = 'a list
  let empty = []
  let push x s = x :: s
  let pop = function [] -> None | x :: s -> Some (x, s)
end
module S2 = struct
  include ListStack
  let top s = match pop s with Some (x, _) -> Some x | None -> None
end
module type ORD = sig type t val compare : t -> t -> int end
module MakeMax (O : ORD) = struct
  let max a b = if O.compare a b >= 0 then a else b
end
module IntMax = MakeMax (struct type t = int let compare = compare end)
module StrMax = MakeMax (String)
let m = IntMax.max 1 2
let sm = StrMax.max "a" "b"
module M = Map.Make (String)
let mm = M.add "a" 1 M.empty
let lookup k = M.find_opt k mm
module IS = Set.Make (Int)
let set = IS.of_list [3; 1; 2]
let elems = IS.elements set
module type SHOW = sig type t val show : t -> string end
module Pair (A : SHOW) (B : SHOW) : SHOW with type t = A.t * B.t = struct
  type t = A.t * B.t
  let show (a, b) = A.show a ^ B.show b
end
module IntShow = struct type t = int let show = string_of_int end
module PP = Pair (IntShow) (IntShow)
let shown = PP.show (1, 2)
module type EMPTY = sig end
module E : EMPTY = struct end
let local = let open List in length [1]
let local2 = List.(length [1; 2])
