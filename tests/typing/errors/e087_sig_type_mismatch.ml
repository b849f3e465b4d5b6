module M : sig
  type t = int
  val zero : t
end = struct
  type t = float
  let zero = 0.0
end
