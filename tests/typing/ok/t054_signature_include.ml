(* include in signatures and module type refinement *)
module type BASIC = sig
  type t
  val zero : t
  val add : t -> t -> t
end

module type RING = sig
  include BASIC
  val one : t
  val mul : t -> t -> t
end

module IntRing : RING with type t = int = struct
  type t = int
  let zero = 0
  let one = 1
  let add = ( + )
  let mul = ( * )
end

module Poly (R : RING) = struct
  let eval coeffs x = List.fold_right (fun c acc -> R.add c (R.mul x acc)) coeffs R.zero
  let square x = R.mul x x
end

module P = Poly (IntRing)

let () = Printf.printf "%d %d\n" (P.eval [1; 2; 3] 2) (P.square 7)
