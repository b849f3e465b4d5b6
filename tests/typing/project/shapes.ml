(* Primitive shapes. *)
type shape =
  | Circle of Vec.t * float
  | Rect of Vec.t * Vec.t
  | Polygon of Vec.t list
  | Segment of Vec.t * Vec.t

let circle c r = Circle (c, r)
let rect a b = Rect (a, b)

let area = function
  | Circle (_, r) -> Angle.pi *. r *. r
  | Rect (a, b) -> Float.abs ((b.x -. a.x) *. (b.y -. a.y))
  | Polygon pts ->
    let rec go acc = function
      | (p : Vec.t) :: ((q : Vec.t) :: _ as rest) -> go (acc +. (p.x *. q.y -. q.x *. p.y)) rest
      | _ -> acc
    in
    Float.abs (go 0.0 (pts @ (match pts with [] -> [] | p :: _ -> [p]))) /. 2.0
  | Segment _ -> 0.0

let points = function
  | Circle (c, r) -> [Vec.add c (Vec.make r r); Vec.sub c (Vec.make r r)]
  | Rect (a, b) -> [a; b]
  | Polygon pts -> pts
  | Segment (a, b) -> [a; b]

let bbox s = Bbox.of_points (points s)

let name = function
  | Circle _ -> "circle"
  | Rect _ -> "rect"
  | Polygon _ -> "polygon"
  | Segment _ -> "segment"
