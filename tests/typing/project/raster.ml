(* Rasterising shapes onto a character canvas. *)
let plot canvas (p : Vec.t) ch =
  Canvas.set canvas (int_of_float (Float.round p.x)) (int_of_float (Float.round p.y)) ch

let draw_segment canvas (a : Vec.t) (b : Vec.t) ch =
  let steps = int_of_float (Vec.dist a b) + 1 in
  for i = 0 to steps do
    let t = float_of_int i /. float_of_int steps in
    plot canvas (Vec.add a (Vec.scale t (Vec.sub b a))) ch
  done

let fill_box canvas (b : Bbox.t) ch =
  for y = int_of_float b.min.y to int_of_float b.max.y do
    for x = int_of_float b.min.x to int_of_float b.max.x do
      Canvas.set canvas x y ch
    done
  done

let draw canvas shape ch =
  match shape with
  | Shapes.Segment (a, b) -> draw_segment canvas a b ch
  | Shapes.Polygon pts ->
    let rec edges = function
      | a :: (b :: _ as rest) -> draw_segment canvas a b ch; edges rest
      | _ -> ()
    in
    edges pts
  | Shapes.Circle (c, r) ->
    for i = 0 to 35 do
      let a = Angle.of_degrees (float_of_int (i * 10)) in
      plot canvas (Vec.add c (Angle.rotate_vec a (Vec.make r 0.0))) ch
    done
  | Shapes.Rect _ -> (match Shapes.bbox shape with Some b -> fill_box canvas b ch | None -> ())
