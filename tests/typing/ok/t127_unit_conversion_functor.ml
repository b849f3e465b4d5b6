(* Functor returning a module with a type equal to its argument's *)
module type UNIT = sig
  type t
  val name : string
  val factor : float
end

module Measure (U : UNIT) = struct
  type unit_ = U.t
  type t = { value : float }
  let make v = { value = v }
  let to_base m = m.value *. U.factor
  let of_base b = { value = b /. U.factor }
  let show m = Printf.sprintf "%g %s" m.value U.name
end

module Metre = Measure (struct type t = unit let name = "m" let factor = 1.0 end)
module Foot = Measure (struct type t = unit let name = "ft" let factor = 0.3048 end)

let feet_of_metres m = Foot.of_base (Metre.to_base m)

let () = print_endline (Foot.show (feet_of_metres (Metre.make 10.0)))
