(* Applying affine transforms to shapes. *)
let apply_shape m = function
  | Shapes.Circle (c, r) -> Shapes.Circle (Matrix.apply m c, r)
  | Shapes.Rect (a, b) -> Shapes.Rect (Matrix.apply m a, Matrix.apply m b)
  | Shapes.Polygon pts -> Shapes.Polygon (List.map (Matrix.apply m) pts)
  | Shapes.Segment (a, b) -> Shapes.Segment (Matrix.apply m a, Matrix.apply m b)

let translate v = apply_shape (Matrix.translation v)
let rotate a = apply_shape (Matrix.rotation a)
let scale k = apply_shape (Matrix.scaling k)

let compose ms = List.fold_left Matrix.mul Matrix.identity ms
