module type S = sig
  type t
  val create : unit -> t

module M = struct end
