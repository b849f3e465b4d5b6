module type COLL = sig
  type 'a t
  val empty : 'a t
  val add : 'a -> 'a t -> 'a t
  val to_list : 'a t -> 'a list
end
module Lst : COLL with type 'a t = 'a list = struct
  type 'a t = 'a list
  let empty = []
  let add x l = x :: l
  let to_list l = l
end
module Use (C : COLL) = struct
  let of_list l = List.fold_left (fun acc x -> C.add x acc) C.empty l
  let size c = List.length (C.to_list c)
end
module U = Use (Lst)
let s = U.size [1; 2]
let f () = let module M = struct let x = 42 end in M.x
let g () = let exception Local of int in try raise (Local 1) with Local n -> n
module type SIG = sig type t = private int val make : int -> t end
module P : SIG = struct type t = int let make x = x end
let p = P.make 3
