(* A module type for numeric fields and a generic vector functor *)
module type FIELD = sig
  type t
  val zero : t
  val add : t -> t -> t
  val mul : t -> t -> t
  val to_string : t -> string
end

module Vector (F : FIELD) : sig
  type t
  val of_list : F.t list -> t
  val dot : t -> t -> F.t
  val add : t -> t -> t
  val to_string : t -> string
end = struct
  type t = F.t array
  let of_list = Array.of_list
  let dot a b = let s = ref F.zero in Array.iteri (fun i x -> s := F.add !s (F.mul x b.(i))) a; !s
  let add a b = Array.mapi (fun i x -> F.add x b.(i)) a
  let to_string a = "<" ^ String.concat ", " (Array.to_list (Array.map F.to_string a)) ^ ">"
end

module FloatField = struct
  type t = float
  let zero = 0.0
  let add = ( +. )
  let mul = ( *. )
  let to_string = Printf.sprintf "%g"
end

module FV = Vector (FloatField)

let u = FV.of_list [1.0; 2.0; 3.0]
let v = FV.of_list [4.0; 5.0; 6.0]

let () = Printf.printf "%s %g\n" (FV.to_string (FV.add u v)) (FV.dot u v)
