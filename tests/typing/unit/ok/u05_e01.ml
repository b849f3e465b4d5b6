module type S = sig
  type t
  type u = t list
  val f : t -> u
  module N : sig type v = int val g : v -> t end
end
module F (X : S) = struct
  type w = X.t * X.u
  let h (x : X.t) : w = (x, X.f x)
  module M = X.N
end
module type T = S with type t = int
module I : T = struct
  type t = int
  type u = t list
  let f x = [x]
  module N = struct type v = int let g x = x end
end
module FI = F (I)
let z = FI.h 3
module type U = module type of I
module J = struct include I let extra = 1 end
let a = J.f 1
module type V = sig include S val k : t end
module G (X : sig type t end) (Y : sig type t = X.t end) = struct let conv (x : X.t) : Y.t = x end
module GG = G (struct type t = int end) (struct type t = int end)
let gg = GG.conv 1
module H = struct
  module Inner = struct
    type t = A | B
    let all = [A; B]
  end
  let first = List.hd Inner.all
end
let v = H.first
let w = H.Inner.A
module type W = sig val x : 'a -> 'a end
module X : W = struct let x y = y end
