(* status: 0 *)
(* module type of, signature extension, and functor returning functors. *)
module Base = struct
  let double x = 2 * x
  let name = "base"
end

module type BASE = module type of Base
module type EXT = sig include BASE val triple : int -> int end

module Extend (B : BASE) : EXT = struct
  include B
  let triple x = x + B.double x
end

module Curry (X : sig val k : int end) (Y : sig val m : int end) = struct
  let total = X.k * Y.m
end

module E = Extend (Base)
module C = Curry (struct let k = 6 end) (struct let m = 7 end)
module Partial = Curry (struct let k = 10 end)
module C2 = Partial (struct let m = 3 end)

let () =
  Printf.printf "%s %d %d\n" E.name (E.double 4) (E.triple 4);
  Printf.printf "%d %d\n" C.total C2.total;
  let module E2 = Extend (struct let double x = x * x let name = "square" end) in
  Printf.printf "%s %d\n" E2.name (E2.triple 5)
