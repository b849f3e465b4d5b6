(* Functors with `with type` constraints *)
module type KEY = sig
  type t
  val equal : t -> t -> bool
end

module type DICT = sig
  type key
  type 'a t
  val empty : 'a t
  val add : key -> 'a -> 'a t -> 'a t
  val find : key -> 'a t -> 'a option
end

module AssocDict (K : KEY) : DICT with type key = K.t = struct
  type key = K.t
  type 'a t = (key * 'a) list
  let empty = []
  let add k v d = (k, v) :: d
  let rec find k = function
    | [] -> None
    | (k', v) :: rest -> if K.equal k k' then Some v else find k rest
end

module IntKey = struct type t = int let equal = ( = ) end
module D = AssocDict (IntKey)

let d = D.add 1 "one" (D.add 2 "two" D.empty)
let lookup k = match D.find k d with Some v -> v | None -> "?"

let () = print_endline (lookup 1 ^ lookup 3)
