(* 2x3 affine matrices. *)
type t = { a : float; b : float; c : float; d : float; tx : float; ty : float }

let identity = { a = 1.; b = 0.; c = 0.; d = 1.; tx = 0.; ty = 0. }

let translation (v : Vec.t) = { identity with tx = v.x; ty = v.y }

let rotation angle =
  let r = Angle.radians angle in
  { a = cos r; b = sin r; c = -. sin r; d = cos r; tx = 0.; ty = 0. }

let scaling k = { identity with a = k; d = k }

let mul m n = {
  a = m.a *. n.a +. m.c *. n.b;
  b = m.b *. n.a +. m.d *. n.b;
  c = m.a *. n.c +. m.c *. n.d;
  d = m.b *. n.c +. m.d *. n.d;
  tx = m.a *. n.tx +. m.c *. n.ty +. m.tx;
  ty = m.b *. n.tx +. m.d *. n.ty +. m.ty;
}

let apply m (v : Vec.t) = Vec.make (m.a *. v.x +. m.c *. v.y +. m.tx) (m.b *. v.x +. m.d *. v.y +. m.ty)
