module type SHAPE = sig
  type t
  val area : t -> float
  val name : t -> string
end

module Square : SHAPE = struct
  type t = float
  let area s = s *. s
end
