(* Facade re-exporting the geometric core under one name. *)
module V = Vec
module A = Angle
module M = Matrix
module B = Bbox

type point = Vec.t

let origin : point = Vec.zero
let distance = Vec.dist
let rotate_about (center : point) angle (p : point) =
  Vec.add center (Angle.rotate_vec angle (Vec.sub p center))
