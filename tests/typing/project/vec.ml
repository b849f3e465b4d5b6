type t = { x : float; y : float }

let zero = { x = 0.0; y = 0.0 }
let make x y = { x; y }
let add a b = { x = a.x +. b.x; y = a.y +. b.y }
let sub a b = { x = a.x -. b.x; y = a.y -. b.y }
let scale k v = { x = k *. v.x; y = k *. v.y }
let dot a b = a.x *. b.x +. a.y *. b.y
let norm v = sqrt (dot v v)

let normalize v =
  let n = norm v in
  if n = 0.0 then v else scale (1.0 /. n) v

let dist a b = norm (sub a b)
let to_string v = Printf.sprintf "(%g, %g)" v.x v.y
