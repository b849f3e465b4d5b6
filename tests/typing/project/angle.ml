(* Angles, kept in radians internally. *)
type t = Radians of float

let pi = 4.0 *. atan 1.0
let of_degrees d = Radians (d *. pi /. 180.0)
let to_degrees (Radians r) = r *. 180.0 /. pi
let radians (Radians r) = r
let add (Radians a) (Radians b) = Radians (a +. b)
let right = of_degrees 90.0
let rotate_vec (Radians r) (v : Vec.t) =
  Vec.make (v.x *. cos r -. v.y *. sin r) (v.x *. sin r +. v.y *. cos r)
